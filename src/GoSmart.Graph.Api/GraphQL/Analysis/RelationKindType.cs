using GoSmart.Graph.Core.Model;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Analysis;

public sealed class RelationKindType : EnumerationGraphType<RelationKind>
{
    public RelationKindType()
    {
        Name = "RelationKind";
        Description = "The kinds of tie between two actors.";
        Values["COLLABORATION"]!.Description = "COLLABORATES_WITH: shared projects or a broker's declaration.";
        Values["MEMBERSHIP"]!.Description = "MEMBER_OF: cluster membership, declared.";
        Values["SHARED_DOMAIN"]!.Description = "Both actors are active in the same S3 domain: a weaker tie.";
    }
}
