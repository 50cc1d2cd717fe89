using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL;

/// <summary>The GoSmart Graph schema; <c>schema/gosmart.graphql</c> is its printed form.</summary>
public sealed class GoSmartSchema : Schema
{
    public GoSmartSchema(IServiceProvider services, GoSmartQuery query, GoSmartMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "GoSmart Graph: innovation actors of the Baltic Sea Region, their projects, regions and smart-specialisation domains.";
    }
}
