using GoSmart.Graph.Api.GraphQL.Analysis;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Core.Analysis;
using GoSmart.Graph.Core.Analysis.Brokerage;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Brokerage;

/// <summary>The <c>brokerage</c> field of the query root.</summary>
public static class BrokerageQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<BrokerageProfileType>>("brokerage")
            .Description("How an actor brokers collaborations: Gould–Fernandez roles between groups (with expectations and z-scores), Burt's constraint, effective size and efficiency, and betweenness. The first request after a change to the graph computes the whole graph's scores (about a second on the seed); later ones read them.")
            .Argument<NonNullGraphType<IdGraphType>>("actor", "Typed id, e.g. `actor:pic-999889193`.")
            .Argument<GroupByType>("groupBy", a =>
            {
                a.DefaultValue = GroupBy.Country;
                a.Description = "The grouping of the Gould–Fernandez roles.";
            })
            .ResolveAsync(async c =>
            {
                var id = GoSmartQuery.CheckId(c.GetArgument<string>("actor"));
                var groupBy = Grouping(c.GetArgument("groupBy", GroupBy.Country));
                var snapshot = await c.Store().GetSnapshotAsync(c.CancellationToken).ConfigureAwait(false);
                var analyzer = c.RequestServices!.GetRequiredService<BrokerageAnalyzer>();
                return await analyzer.ProfileAsync(snapshot, id, groupBy, c.CancellationToken).ConfigureAwait(false)
                    ?? throw UserInputError.NotFound($"There is no actor `{Actors.ActorFilterReader.Shorten(id)}`; find actor ids with `search` or `actors`.");
            });
    }

    /// <summary>Brokerage puts each actor in one group: for S3_DOMAIN its strongest domain (see BrokerageGrouping).</summary>
    internal static BrokerageGrouping Grouping(GroupBy groupBy) => groupBy switch
    {
        GroupBy.Country => BrokerageGrouping.Country,
        GroupBy.Region => BrokerageGrouping.Region,
        GroupBy.Kind => BrokerageGrouping.Kind,
        GroupBy.S3Domain => BrokerageGrouping.S3Domain,
        _ => throw new UserInputError($"`groupBy` takes COUNTRY, REGION, KIND or S3_DOMAIN, not `{groupBy}`."),
    };

    internal static GroupBy Name(BrokerageGrouping grouping) => grouping switch
    {
        BrokerageGrouping.Country => GroupBy.Country,
        BrokerageGrouping.Region => GroupBy.Region,
        BrokerageGrouping.Kind => GroupBy.Kind,
        _ => GroupBy.S3Domain,
    };
}
