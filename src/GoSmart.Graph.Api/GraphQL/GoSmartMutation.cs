using GoSmart.Graph.Api.GraphQL.Editing;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL;

/// <summary>The mutation root; each feature adds its fields.</summary>
public sealed class GoSmartMutation : ObjectGraphType
{
    public GoSmartMutation()
    {
        Name = "Mutation";
        Description = "Edit the graph. Every mutation needs a credential with the role it names, answers a payload, and is recorded in the audit log.";
        EditingMutations.AddTo(this);
    }
}
