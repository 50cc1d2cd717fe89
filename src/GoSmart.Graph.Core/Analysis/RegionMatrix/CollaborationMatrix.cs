using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Analysis.RegionMatrix;

/// <summary>
/// Counts collaboration between groups of actors for heat maps, one pass over the ties; O(m) (O(m·d²)
/// by S3 domain, d the domains per actor).
/// </summary>
/// <remarks>
/// Only ties whose two actors both pass the restriction count: active in <c>domainId</c> and of one of
/// <c>kinds</c> (an empty kinds list lets nothing pass). Grouped by S3 domain, an actor is in every
/// domain it is active in, so one tie counts once for each distinct unordered pair of its ends' domains,
/// and actors active in none drop out. Links come sorted by from, then to; pairs of groups without a tie
/// are absent.
/// </remarks>
public static class CollaborationMatrix
{
    public static IReadOnlyList<GroupLink> Compute(GraphSnapshot snapshot, GroupBy groupBy, string? domainId, IReadOnlyCollection<ActorKind>? kinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var n = snapshot.NodeCount;
        var pass = new bool[n];
        var domain = domainId is null ? -1 : snapshot.DomainIndexOf(domainId);
        if (domainId is not null && domain < 0)
        {
            return [];
        }

        for (var i = 0; i < n; i++)
        {
            pass[i] = (kinds is null || kinds.Contains(snapshot.Kinds[i])) && (domain < 0 || snapshot.DomainsOf(i).BinarySearch(domain) >= 0);
        }

        var (names, groupOf) = Groups(snapshot, groupBy);
        var cells = new Dictionary<long, (long Collaborations, int Pairs)>();
        var seen = new HashSet<long>();
        for (var u = 0; u < n; u++)
        {
            if ((u & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!pass[u])
            {
                continue;
            }

            var start = snapshot.Offsets[u];
            var neighbours = snapshot.NeighboursOf(u);
            for (var k = 0; k < neighbours.Length; k++)
            {
                var v = neighbours[k];
                if (v <= u || !pass[v])
                {
                    continue;
                }

                var w = snapshot.Weights[start + k];
                if (groupBy == GroupBy.S3Domain)
                {
                    seen.Clear();
                    foreach (var a in snapshot.DomainsOf(u))
                    {
                        foreach (var b in snapshot.DomainsOf(v))
                        {
                            var key = Key(a, b);
                            if (seen.Add(key))
                            {
                                Add(cells, key, w);
                            }
                        }
                    }
                }
                else
                {
                    Add(cells, Key(groupOf[u], groupOf[v]), w);
                }
            }
        }

        return cells
            .Select(c => (A: names[(int)(c.Key >> 32)], B: names[(int)(c.Key & 0xFFFFFFFF)], c.Value))
            .Select(c => string.CompareOrdinal(c.A, c.B) <= 0 ? new GroupLink(c.A, c.B, c.Value.Collaborations, c.Value.Pairs) : new GroupLink(c.B, c.A, c.Value.Collaborations, c.Value.Pairs))
            .OrderBy(l => l.From, StringComparer.Ordinal).ThenBy(l => l.To, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The group names, and each node's group (by S3 domain, the names are the domain ids and nodes map through their domains).</summary>
    private static (IReadOnlyList<string> Names, int[] GroupOf) Groups(GraphSnapshot snapshot, GroupBy groupBy)
    {
        if (groupBy == GroupBy.S3Domain)
        {
            return (snapshot.DomainIds, []);
        }

        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupOf = new int[snapshot.NodeCount];
        for (var i = 0; i < groupOf.Length; i++)
        {
            var name = groupBy switch
            {
                GroupBy.Country => snapshot.Countries[i],
                GroupBy.Region => snapshot.RegionIds[i],
                GroupBy.Kind => KindName(snapshot.Kinds[i]),
                _ => throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, "Not a way to group actors."),
            };
            if (!index.TryGetValue(name, out var g))
            {
                g = names.Count;
                index.Add(name, g);
                names.Add(name);
            }

            groupOf[i] = g;
        }

        return (names, groupOf);
    }

    /// <summary>The kind as the schema spells it: <c>RESEARCH</c>.</summary>
    public static string KindName(ActorKind kind) => kind.ToString().ToUpperInvariant();

    private static long Key(int a, int b) => a <= b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static void Add(Dictionary<long, (long Collaborations, int Pairs)> cells, long key, int weight)
    {
        cells.TryGetValue(key, out var cell);
        cells[key] = (cell.Collaborations + weight, cell.Pairs + 1);
    }
}
