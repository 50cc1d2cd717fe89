using GoSmart.Graph.Api.GraphQL.Analysis;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Api.Observability;
using GoSmart.Graph.Core.Analysis.S3Overlap;
using GoSmart.Graph.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.S3Overlap;

/// <summary>The <c>s3Overlap</c> field: the S3 domains regions share, for a joint SME strategy.</summary>
public static class S3OverlapQueries
{
    public const int MinRegions = 2;
    public const int MaxRegions = 20;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedDomainType>>>>("s3Overlap")
            .Description(
                "The S3 domains all the given regions prioritise (their own PRIORITISES; actors' activity does not make a priority), each with the actors active in it "
                + "within those regions (a region includes the regions inside it) and the collaborations between actors of different given regions. "
                + "Most cross-region collaborations first, then most actors, then by id; an empty list when they share no priority.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("regions", $"{MinRegions} to {MaxRegions} regions that do not overlap, e.g. `[\"region:PL84\", \"region:DE60\"]`.")
            .ResolveAsync(async c =>
            {
                var given = c.GetArgument<List<string>>("regions");
                if (given.Count < MinRegions)
                {
                    throw new UserInputError($"`regions` needs at least {MinRegions} regions; it has {given.Count}.");
                }

                if (given.Count > MaxRegions)
                {
                    throw UserInputError.LimitExceeded($"`regions` may hold at most {MaxRegions} regions; it has {given.Count}.");
                }

                var ids = given.Select(r => AnalysisArguments.TypedId(r, Ids.RegionPrefix, "regions", "region:PL84")).ToList();
                if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
                {
                    throw new UserInputError("`regions` names a region twice; give each once.");
                }

                var hierarchy = await AnalysisArguments.RegionsAsync(c).ConfigureAwait(false);
                foreach (var id in ids)
                {
                    AnalysisArguments.RequireRegion(hierarchy, id, "regions");
                }

                var covers = ids.Select(id => (id, (IReadOnlySet<string>)hierarchy.WithDescendants(id))).ToList();
                foreach (var (id, inside) in covers)
                {
                    if (ids.FirstOrDefault(other => other != id && inside.Contains(other)) is { } nested)
                    {
                        throw new UserInputError($"`regions`: `{nested}` lies inside `{id}`; give regions that do not overlap.");
                    }
                }

                var priorities = await c.Store().GetRegionPrioritiesAsync(ids, c.CancellationToken).ConfigureAwait(false);
                var domains = ids.ToDictionary(
                    id => id,
                    id => (IReadOnlyCollection<string>)(priorities.GetValueOrDefault(id) ?? []).Select(p => p.DomainId).ToHashSet(StringComparer.Ordinal),
                    StringComparer.Ordinal);
                var snapshot = await AnalysisArguments.SnapshotAsync(c).ConfigureAwait(false);
                return GraphTelemetry.Measure("s3Overlap", () => PriorityOverlap.Find(snapshot, covers, domains, c.CancellationToken));
            });
    }
}
