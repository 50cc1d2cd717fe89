using GoSmart.Graph.Api.GraphQL.Analysis;
using GoSmart.Graph.Api.GraphQL.Errors;
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
            .Description("How an actor brokers collaborations: Gould–Fernandez roles between groups (with expectations and z-scores), Burt's constraint, effective size and efficiency, and betweenness. Scores are computed for the whole graph once per graph version and shared; `betweenness` only when asked for.")
            .Argument<NonNullGraphType<IdGraphType>>("actor", "Typed id, e.g. `actor:pic-999889193`.")
            .Argument<GroupByType>("groupBy", a =>
            {
                a.DefaultValue = "COUNTRY";
                a.Description = "The grouping of the Gould–Fernandez roles.";
            })
            .ResolveAsync(async c =>
            {
                var id = GoSmartQuery.CheckId(c.GetArgument<string>("actor"));
                var groupBy = Grouping(c.GetArgument("groupBy", "COUNTRY"));
                var snapshot = await c.Store().GetSnapshotAsync(c.CancellationToken).ConfigureAwait(false);
                var analyzer = c.RequestServices!.GetRequiredService<BrokerageAnalyzer>();
                var profile = await analyzer.ProfileAsync(snapshot, id, groupBy, c.CancellationToken).ConfigureAwait(false)
                    ?? throw UserInputError.NotFound($"There is no actor `{Actors.ActorFilterReader.Shorten(id)}`; find actor ids with `search` or `actors`.");
                return new BrokerageResult(profile, snapshot);
            });
    }

    internal static BrokerageGrouping Grouping(string name) => name switch
    {
        "COUNTRY" => BrokerageGrouping.Country,
        "REGION" => BrokerageGrouping.Region,
        "KIND" => BrokerageGrouping.Kind,
        "S3_DOMAIN" => BrokerageGrouping.S3Domain,
        _ => throw new UserInputError($"`groupBy` takes COUNTRY, REGION, KIND or S3_DOMAIN, not `{name}`."),
    };

    internal static string Name(BrokerageGrouping grouping) => grouping switch
    {
        BrokerageGrouping.Country => "COUNTRY",
        BrokerageGrouping.Region => "REGION",
        BrokerageGrouping.Kind => "KIND",
        _ => "S3_DOMAIN",
    };
}
