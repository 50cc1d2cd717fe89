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
        var cells = new Cells(names.Count);
        var stamp = groupBy == GroupBy.S3Domain ? new int[names.Count * names.Count] : [];
        var tie = 0;
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
                    // Stamps mark the domain pairs this tie already counted, without clearing a set per tie.
                    tie++;
                    foreach (var a in snapshot.DomainsOf(u))
                    {
                        foreach (var b in snapshot.DomainsOf(v))
                        {
                            var cell = a <= b ? (a * names.Count) + b : (b * names.Count) + a;
                            if (stamp[cell] != tie)
                            {
                                stamp[cell] = tie;
                                cells.Add(a, b, w);
                            }
                        }
                    }
                }
                else
                {
                    cells.Add(groupOf[u], groupOf[v], w);
                }
            }
        }

        return cells.Links(names);
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

    /// <summary>Sums per unordered pair of groups: dense (groups × groups) while that is small, a dictionary beyond.</summary>
    private sealed class Cells(int groups)
    {
        private const int MaxDenseCells = 1 << 22;

        private readonly long[]? denseWeights = (long)groups * groups <= MaxDenseCells ? new long[groups * groups] : null;
        private readonly int[]? densePairs = (long)groups * groups <= MaxDenseCells ? new int[groups * groups] : null;
        private readonly Dictionary<long, (long Collaborations, int Pairs)> sparse = [];

        public void Add(int a, int b, int weight)
        {
            if (a > b)
            {
                (a, b) = (b, a);
            }

            if (denseWeights is not null)
            {
                var cell = (a * groups) + b;
                denseWeights[cell] += weight;
                densePairs![cell]++;
                return;
            }

            var key = ((long)a << 32) | (uint)b;
            sparse.TryGetValue(key, out var sum);
            sparse[key] = (sum.Collaborations + weight, sum.Pairs + 1);
        }

        public List<GroupLink> Links(IReadOnlyList<string> names)
        {
            var links = new List<GroupLink>();
            if (denseWeights is not null)
            {
                for (var cell = 0; cell < denseWeights.Length; cell++)
                {
                    if (densePairs![cell] > 0)
                    {
                        links.Add(Link(names[cell / groups], names[cell % groups], denseWeights[cell], densePairs[cell]));
                    }
                }
            }
            else
            {
                links.AddRange(sparse.Select(c => Link(names[(int)(c.Key >> 32)], names[(int)(c.Key & 0xFFFFFFFF)], c.Value.Collaborations, c.Value.Pairs)));
            }

            links.Sort((p, q) => string.CompareOrdinal(p.From, q.From) is var c and not 0 ? c : string.CompareOrdinal(p.To, q.To));
            return links;
        }

        private static GroupLink Link(string a, string b, long collaborations, int pairs) =>
            string.CompareOrdinal(a, b) <= 0 ? new GroupLink(a, b, collaborations, pairs) : new GroupLink(b, a, collaborations, pairs);
    }
}
