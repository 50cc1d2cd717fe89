using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Connectors;

/// <summary>
/// Ranks the actors that tie two groups together by the two-step links (a–x–b) they carry, in the
/// spirit of Gould &amp; Fernandez's (1989) between-group brokerage, weighted by the weaker tie of each
/// link; O(Σ deg·log deg) over the whole graph.
/// </summary>
/// <remarks>
/// For an actor x, its from-side is its collaborators in the from-group, plus x itself when x is in
/// the from-group; its to-side likewise. It connects every pair (a, b), a ≠ b, of its from-side and
/// to-side: an outsider links two collaborators (a–x–b), an insider also links itself to its
/// collaborators on the other side (x–b), so a Podlaskie university with ties into Hamburg is a
/// connector too. A pair's strength is the weaker of its ties in shared projects (x–b alone for x's
/// own pairs). Score = Σ strengths; ranked by score, then pairs, then id. An actor that connects no
/// pair is not a connector.
/// </remarks>
public static class TwoStepConnectorRanking
{
    public const int MaxPairsPerConnector = 10;

    public static IReadOnlyList<Connector> Rank(GraphSnapshot snapshot, bool[] from, bool[] to, int first, int pairsPerConnector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfNegative(pairsPerConnector);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pairsPerConnector, MaxPairsPerConnector);
        if (first == 0)
        {
            return [];
        }

        var candidates = new List<(int Node, int TiesFrom, int TiesTo, long Pairs, long Score)>();
        var fromWeights = new List<int>();
        var toWeights = new List<int>();
        for (var x = 0; x < snapshot.NodeCount; x++)
        {
            if ((x & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            fromWeights.Clear();
            toWeights.Clear();
            long overlapCount = 0, overlapWeight = 0;
            var start = snapshot.Offsets[x];
            var neighbours = snapshot.NeighboursOf(x);
            for (var k = 0; k < neighbours.Length; k++)
            {
                var y = neighbours[k];
                var w = snapshot.Weights[start + k];
                if (from[y])
                {
                    fromWeights.Add(w);
                }

                if (to[y])
                {
                    toWeights.Add(w);
                    if (from[y])
                    {
                        overlapCount++;
                        overlapWeight += w;
                    }
                }
            }

            long pairs = ((long)fromWeights.Count * toWeights.Count) - overlapCount;
            var score = SumOfMinima(fromWeights, toWeights) - overlapWeight;
            if (from[x])
            {
                pairs += toWeights.Count;
                score += Sum(toWeights);
            }

            if (to[x])
            {
                pairs += fromWeights.Count;
                score += Sum(fromWeights);
            }

            if (pairs > 0)
            {
                candidates.Add((x, fromWeights.Count, toWeights.Count, pairs, score));
            }
        }

        candidates.Sort((p, q) => p.Score != q.Score ? q.Score.CompareTo(p.Score) : p.Pairs != q.Pairs ? q.Pairs.CompareTo(p.Pairs) : p.Node.CompareTo(q.Node));
        return candidates.Take(first)
            .Select(c => new Connector(snapshot.ActorIds[c.Node], from[c.Node], to[c.Node], c.TiesFrom, c.TiesTo, c.Pairs, c.Score, StrongestPairs(snapshot, c.Node, from, to, pairsPerConnector)))
            .ToList();
    }

    /// <summary>Σ over a in xs, b in ys of min(a, b), by sorting ys: O((|xs| + |ys|) log |ys|).</summary>
    private static long SumOfMinima(List<int> xs, List<int> ys)
    {
        if (xs.Count == 0 || ys.Count == 0)
        {
            return 0;
        }

        var sorted = ys.ToArray();
        Array.Sort(sorted);
        var prefix = new long[sorted.Length + 1];
        for (var i = 0; i < sorted.Length; i++)
        {
            prefix[i + 1] = prefix[i] + sorted[i];
        }

        long total = 0;
        foreach (var a in xs)
        {
            var below = LowerBound(sorted, a);
            total += prefix[below] + ((long)a * (sorted.Length - below));
        }

        return total;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static long Sum(List<int> values)
    {
        long total = 0;
        foreach (var v in values)
        {
            total += v;
        }

        return total;
    }

    /// <summary>
    /// The strongest pairs: only the best <paramref name="count"/> + 1 of each side can take part
    /// (one more, as a pair needs two different actors), so only those are combined.
    /// </summary>
    private static List<ConnectedPair> StrongestPairs(GraphSnapshot snapshot, int x, bool[] from, bool[] to, int count)
    {
        if (count == 0)
        {
            return [];
        }

        var fromSide = Side(snapshot, x, from, count + 1);
        var toSide = Side(snapshot, x, to, count + 1);
        var pairs = new List<(int Strength, int FromRank, int ToRank, int A, int B)>();
        for (var i = 0; i < fromSide.Count; i++)
        {
            for (var j = 0; j < toSide.Count; j++)
            {
                var (a, wa) = fromSide[i];
                var (b, wb) = toSide[j];
                if (a != b)
                {
                    pairs.Add((Math.Min(wa, wb), i, j, a, b));
                }
            }
        }

        return pairs
            .OrderByDescending(p => p.Strength).ThenBy(p => p.FromRank).ThenBy(p => p.ToRank)
            .Take(count)
            .Select(p => new ConnectedPair(snapshot.ActorIds[p.A], snapshot.ActorIds[p.B], p.Strength))
            .ToList();
    }

    /// <summary>The best members of one side, strongest tie first, then by id; x itself (when a member) first of all.</summary>
    private static List<(int Node, int Weight)> Side(GraphSnapshot snapshot, int x, bool[] group, int count)
    {
        var side = new List<(int Node, int Weight)>();
        var start = snapshot.Offsets[x];
        var neighbours = snapshot.NeighboursOf(x);
        for (var k = 0; k < neighbours.Length; k++)
        {
            if (group[neighbours[k]])
            {
                side.Add((neighbours[k], snapshot.Weights[start + k]));
            }
        }

        side.Sort((p, q) => p.Weight != q.Weight ? q.Weight.CompareTo(p.Weight) : p.Node.CompareTo(q.Node));
        if (group[x])
        {
            side.Insert(0, (x, int.MaxValue));
        }

        return side.Count > count ? side.GetRange(0, count) : side;
    }
}
