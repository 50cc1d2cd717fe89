using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>
/// Brandes (2001) betweenness centrality of every node of an undirected, unweighted graph (hops), normalised
/// as networkx does: the share of shortest paths between pairs of other nodes that pass through the node,
/// 2/((n−1)(n−2)) × Σ_{s&lt;t} σ_st(v)/σ_st. Exact: O(n·m). Sampled: k source pivots drawn with a seed,
/// scaled by n/k (Brandes and Pich 2007): O(k·m).
/// </summary>
public static class BrandesBetweenness
{
    /// <summary>Sources are split into this many fixed chunks, summed in order: the result does not depend on the machine.</summary>
    private const int Chunks = 8;

    /// <param name="pivots">Null for exact; else how many sources to sample (taken as exact when ≥ n).</param>
    public static double[] Compute(GraphSnapshot snapshot, int? pivots, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var n = snapshot.NodeCount;
        var sources = Sources(n, pivots, seed);
        var partial = new double[Chunks][];
        Parallel.For(0, Chunks, new ParallelOptions { CancellationToken = cancellationToken }, chunk =>
        {
            var sums = new double[n];
            var work = new Work(n);
            for (var k = chunk; k < sources.Length; k += Chunks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Accumulate(snapshot, sources[k], work, sums);
            }

            partial[chunk] = sums;
        });

        var result = new double[n];
        var scale = n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 0;
        scale *= (double)n / Math.Max(1, sources.Length);
        for (var v = 0; v < n; v++)
        {
            var sum = 0.0;
            for (var chunk = 0; chunk < Chunks; chunk++)
            {
                sum += partial[chunk][v];
            }

            result[v] = sum * scale;
        }

        return result;
    }

    private static int[] Sources(int n, int? pivots, int seed)
    {
        var all = Enumerable.Range(0, n).ToArray();
        if (pivots is not { } k || k >= n)
        {
            return all;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1, nameof(pivots));
        var random = new Random(seed);
        for (var i = 0; i < k; i++)
        {
            var j = random.Next(i, n);
            (all[i], all[j]) = (all[j], all[i]);
        }

        var chosen = all[..k];
        Array.Sort(chosen);
        return chosen;
    }

    /// <summary>One single-source pass: BFS counting shortest paths, then dependencies back from the farthest.</summary>
    private static void Accumulate(GraphSnapshot g, int s, Work w, double[] sums)
    {
        Array.Fill(w.Distance, -1);
        Array.Clear(w.Sigma);
        Array.Clear(w.Delta);
        w.Distance[s] = 0;
        w.Sigma[s] = 1;
        var head = 0;
        var tail = 0;
        w.Order[tail++] = s;
        while (head < tail)
        {
            var v = w.Order[head++];
            var next = w.Distance[v] + 1;
            foreach (var u in g.NeighboursOf(v))
            {
                if (w.Distance[u] < 0)
                {
                    w.Distance[u] = next;
                    w.Order[tail++] = u;
                }

                if (w.Distance[u] == next)
                {
                    w.Sigma[u] += w.Sigma[v];
                }
            }
        }

        for (var k = tail - 1; k > 0; k--)
        {
            var x = w.Order[k];
            var coefficient = (1 + w.Delta[x]) / w.Sigma[x];
            var before = w.Distance[x] - 1;
            foreach (var v in g.NeighboursOf(x))
            {
                if (w.Distance[v] == before)
                {
                    w.Delta[v] += w.Sigma[v] * coefficient;
                }
            }

            sums[x] += w.Delta[x];
        }
    }

    private sealed class Work(int n)
    {
        public int[] Distance { get; } = new int[n];

        public double[] Sigma { get; } = new double[n];

        public double[] Delta { get; } = new double[n];

        public int[] Order { get; } = new int[n];
    }
}
