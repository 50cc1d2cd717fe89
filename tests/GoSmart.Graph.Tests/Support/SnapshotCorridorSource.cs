using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// A corridor source over a whole snapshot, filtering as the Neo4j store's corridor statements do, so the
/// corridor's reasoning is tested without a server; counts the calls and the steps it hands out.
/// </summary>
public sealed class SnapshotCorridorSource(GraphSnapshot graph, int maxRows = int.MaxValue) : IPathCorridorSource
{
    public bool PushesDownPathSearch => true;

    public int MaxCorridorRows => maxRows;

    public int Calls { get; private set; }

    public int Rows { get; private set; }

    /// <summary>Called on every version read; a test moves <see cref="Version"/> in it to play a write landing mid-search.</summary>
    public Action<SnapshotCorridorSource>? OnVersionRead { get; init; }

    public long Version { get; set; }

    public int VersionReads { get; private set; }

    public Task<long> GetVersionAsync(CancellationToken cancellationToken)
    {
        VersionReads++;
        OnVersionRead?.Invoke(this);
        return Task.FromResult(Version);
    }

    public Task<IReadOnlyList<CorridorStep>> ExpandAsync(
        IReadOnlyCollection<string> actorIds, CorridorQuery query, IReadOnlyCollection<string>? within, int limit, CancellationToken cancellationToken)
    {
        Calls++;
        var c = query.Constraints;
        var domain = c.IntermediaryDomain is null ? -1 : graph.DomainIndexOf(c.IntermediaryDomain);
        var allowed = within?.ToHashSet(StringComparer.Ordinal);
        var steps = new List<CorridorStep>();
        foreach (var id in actorIds.Distinct(StringComparer.Ordinal))
        {
            var a = graph.IndexOf(id);
            if (a < 0)
            {
                continue;
            }

            if (query.Collaborations)
            {
                var neighbours = graph.NeighboursOf(a);
                for (var k = 0; k < neighbours.Length; k++)
                {
                    var e = graph.Offsets[a] + k;
                    var b = neighbours[k];
                    if (graph.Weights[e] >= c.MinWeight && graph.LastYears[e] >= (c.SinceYear ?? int.MinValue) && May(b))
                    {
                        steps.Add(Step(id, b, RelationKind.Collaboration, graph.Weights[e], graph.FirstYears[e], graph.LastYears[e], graph.Declared[e]));
                    }
                }
            }

            if (query.Memberships)
            {
                foreach (var b in graph.MembersOf(a))
                {
                    if (May(b))
                    {
                        steps.Add(Step(id, b, RelationKind.Membership, 0, 0, 0, false));
                    }
                }
            }
        }

        var result = steps.Take(limit).ToList();
        Rows += result.Count;
        return Task.FromResult<IReadOnlyList<CorridorStep>>(result);

        bool May(int b)
        {
            var bid = graph.ActorIds[b];
            return (allowed is null || allowed.Contains(bid)) && (bid == query.From || bid == query.To
                || (!c.Avoid.Contains(bid)
                    && (c.IntermediaryKinds is null || c.IntermediaryKinds.Contains(graph.Kinds[b]))
                    && (c.IntermediaryDomain is null || InDomain(b))));
        }

        bool InDomain(int b) => domain >= 0 && graph.DomainsOf(b).BinarySearch(domain) >= 0;

        CorridorStep Step(string from, int b, RelationKind relation, int weight, int first, int last, bool declared) =>
            new(from, graph.ActorIds[b], relation, weight, first, last, declared, graph.Kinds[b], graph.Countries[b], graph.RegionIds[b], InDomain(b));
    }

    /// <summary>The actor at a node of the snapshot, as the port would give it (what the corridor needs of the ends).</summary>
    public Actor ActorAt(int node) => new(graph.ActorIds[node], graph.ActorIds[node], graph.Kinds[node], graph.Countries[node], graph.RegionIds[node]);
}
