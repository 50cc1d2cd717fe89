using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Analysis;
using GoSmart.Graph.Api.Observability;
using GoSmart.Graph.Core.Analysis;
using GoSmart.Graph.Core.Analysis.RegionMatrix;
using GoSmart.Graph.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.RegionMatrix;

/// <summary>The <c>regionMatrix</c> field: collaboration counts between groups, for heat maps; cached per graph version and arguments.</summary>
public static class RegionMatrixQueries
{
    private static readonly SnapshotResultCache<IReadOnlyList<GroupLink>> Cache = new();

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupLinkType>>>>("regionMatrix")
            .Description(
                "Collaboration between groups of actors, for heat maps: one link per unordered pair of groups with at least one tie (and the diagonal), sorted by `from`, then `to`. "
                + "Only ties whose two actors both pass `s3Domain` and `kinds` count. Grouped by S3_DOMAIN an actor is in each domain it is active in, so a tie counts once per pair of its ends' domains.")
            .Argument<GroupByType>("groupBy", a =>
            {
                a.DefaultValue = GroupBy.Country;
                a.Description = "How to group actors: COUNTRY (default), REGION (the actor's own region id), KIND or S3_DOMAIN.";
            })
            .Argument<IdGraphType>("s3Domain", "Count only ties between two actors active in this domain, e.g. `domain:agri-food`.")
            .Argument<ListGraphType<NonNullGraphType<ActorKindType>>>("kinds", "Count only ties between two actors of these kinds (an empty list matches nothing).")
            .ResolveAsync(async c =>
            {
                var groupBy = c.GetArgument("groupBy", GroupBy.Country);
                var domain = c.GetArgument<string?>("s3Domain") is { } d ? AnalysisArguments.TypedId(d, Ids.DomainPrefix, "s3Domain", "domain:agri-food") : null;
                var kinds = c.GetArgument<List<ActorKind>?>("kinds")?.Distinct().Order().ToList();
                if (domain is not null)
                {
                    await AnalysisArguments.RequireDomainAsync(c, domain, "s3Domain").ConfigureAwait(false);
                }

                var snapshot = await AnalysisArguments.SnapshotAsync(c).ConfigureAwait(false);
                var key = $"{groupBy}|{domain}|{(kinds is null ? "*" : string.Join(',', kinds))}";
                return Cache.GetOrAdd(snapshot, key, () => GraphTelemetry.Measure("regionMatrix", () => CollaborationMatrix.Compute(snapshot, groupBy, domain, kinds, c.CancellationToken)));
            });
    }
}
