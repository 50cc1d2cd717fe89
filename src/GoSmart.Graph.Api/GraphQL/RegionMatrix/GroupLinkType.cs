using GoSmart.Graph.Core.Analysis.RegionMatrix;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.RegionMatrix;

public sealed class GroupLinkType : ObjectGraphType<GroupLink>
{
    public GroupLinkType()
    {
        Name = "GroupLink";
        Description = "Collaboration between two groups of actors (a cell of a heat map; `from` = `to` on the diagonal).";
        Field<NonNullGraphType<StringGraphType>>("from").Description("The group that sorts first: a country code, region id, kind or domain id.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<StringGraphType>>("to").Description("The other group (the same one on the diagonal).").Resolve(c => c.Source.To);
        Field<NonNullGraphType<IntGraphType>>("collaborations").Description("Sum of the weights of the ties between the groups: shared projects, counted once per pair of actors.").Resolve(c => (int)Math.Min(c.Source.Collaborations, int.MaxValue));
        Field<NonNullGraphType<IntGraphType>>("actorPairs").Description("Pairs of actors, one in each group, with a collaboration tie.").Resolve(c => c.Source.ActorPairs);
    }
}
