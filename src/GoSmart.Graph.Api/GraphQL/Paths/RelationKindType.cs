using GoSmart.Graph.Core.Model;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Paths;

public sealed class RelationKindType : EnumerationGraphType<RelationKind>
{
    public RelationKindType()
    {
        Name = "RelationKind";
        Description = "A kind of tie between two actors that a path may travel.";
        Values["COLLABORATION"]!.Description = "COLLABORATES_WITH: shared projects or a broker's declaration. Step strength: the number of shared projects.";
        Values["MEMBERSHIP"]!.Description = "MEMBER_OF: one actor is a member of the other (a cluster), either way. Step strength: 1.";
        Values["SHARED_DOMAIN"]!.Description = "Both actors are ACTIVE_IN the same S3 domain: the weakest tie. Step strength: 0.";
    }
}
