using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Neo4j.Cypher;
using GoSmart.Graph.Neo4j.Http;

namespace GoSmart.Graph.Neo4j;

/// <summary>Path searches pushed down: each corridor level is one parameterised statement per relation and chunk of the frontier.</summary>
public sealed partial class Neo4jGraphStore : IPathCorridorSource
{
    public bool PushesDownPathSearch => options.PathSearch == PathSearchMode.Pushdown;

    public int MaxCorridorRows => options.PathCorridorMaxRows;

    public async Task<IReadOnlyList<CorridorStep>> ExpandAsync(
        IReadOnlyCollection<string> actorIds, CorridorQuery query, IReadOnlyCollection<string>? within, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        ArgumentNullException.ThrowIfNull(query);
        var c = query.Constraints;
        var steps = new List<CorridorStep>();
        foreach (var chunk in Distinct(actorIds).Chunk(options.BatchSize))
        {
            if (query.Collaborations && steps.Count < limit)
            {
                var parameters = Filter(chunk, query, within, limit - steps.Count);
                parameters["minWeight"] = c.MinWeight;
                parameters["sinceYear"] = c.SinceYear ?? int.MinValue;
                var result = await ReadAsync(Statements.CorridorTies, parameters, cancellationToken).ConfigureAwait(false);
                steps.AddRange(result.Records.Select(r => Step(r, RelationKind.Collaboration, r.Int("weight"), r.NullableInt("firstYear") ?? 0, r.NullableInt("lastYear") ?? 0, r.NullableBool("declared") ?? false)));
            }

            if (query.Memberships && steps.Count < limit)
            {
                var result = await ReadAsync(Statements.CorridorMemberships, Filter(chunk, query, within, limit - steps.Count), cancellationToken).ConfigureAwait(false);
                steps.AddRange(result.Records.Select(r => Step(r, RelationKind.Membership, 0, 0, 0, false)));
            }
        }

        return steps;
    }

    private static Dictionary<string, object?> Filter(string[] ids, CorridorQuery query, IReadOnlyCollection<string>? within, int limit)
    {
        var c = query.Constraints;
        return Params(
            ("ids", ids),
            ("ends", new[] { query.From, query.To }),
            ("avoid", c.Avoid.ToArray()),
            ("anyKind", c.IntermediaryKinds is null),
            ("kinds", (c.IntermediaryKinds ?? []).Select(k => k.ToString()).ToArray()),
            ("domain", c.IntermediaryDomain),
            ("within", within?.ToArray()),
            ("limit", Math.Max(limit, 0)));
    }

    private static CorridorStep Step(Row r, RelationKind relation, int weight, int firstYear, int lastYear, bool declared) =>
        new(r.String("actor"), r.String("other"), relation, weight, firstYear, lastYear, declared,
            Enum.Parse<ActorKind>(r.String("kind")), r.String("country"), r.String("regionId"), r.NullableBool("inDomain") ?? false);
}
