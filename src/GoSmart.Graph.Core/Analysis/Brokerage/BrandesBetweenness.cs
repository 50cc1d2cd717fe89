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
            var work = new Work(n, snapshot.TieEndCount);
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

    /// <summary>
    /// One single-source pass: BFS counting shortest paths and recording the shortest-path DAG's edges in
    /// discovery order, then dependencies along those edges in reverse (an edge into x is found before any
    /// edge out of x), so the backward pass reads only DAG edges, sequentially.
    /// </summary>
    private static void Accumulate(GraphSnapshot g, int s, Work w, double[] sums)
    {
        var distance = w.Distance;
        var sigma = w.Sigma;
        var delta = w.Delta;
        var order = w.Order;
        var from = w.EdgeFrom;
        var to = w.EdgeTo;
        distance[s] = 0;
        sigma[s] = 1;
        var head = 0;
        var tail = 0;
        var edges = 0;
        order[tail++] = s;
        while (head < tail)
        {
            var v = order[head++];
            var next = distance[v] + 1;
            foreach (var u in g.NeighboursOf(v))
            {
                if (distance[u] < 0)
                {
                    distance[u] = next;
                    order[tail++] = u;
                }

                if (distance[u] == next)
                {
                    sigma[u] += sigma[v];
                    from[edges] = v;
                    to[edges++] = u;
                }
            }
        }

        for (var e = edges - 1; e >= 0; e--)
        {
            var v = from[e];
            var u = to[e];
            delta[v] += sigma[v] / sigma[u] * (1 + delta[u]);
        }

        for (var k = 1; k < tail; k++)
        {
            sums[order[k]] += delta[order[k]];
        }

        // Reset only what this pass touched: most sources reach a fraction of the graph.
        for (var k = 0; k < tail; k++)
        {
            var x = order[k];
            distance[x] = -1;
            sigma[x] = 0;
            delta[x] = 0;
        }
    }

    private sealed class Work(int n, int arcs)
    {
        public int[] EdgeFrom { get; } = new int[arcs];

        public int[] EdgeTo { get; } = new int[arcs];

        public int[] Distance { get; } = Enumerable.Repeat(-1, n).ToArray();

        public double[] Sigma { get; } = new double[n];

        public double[] Delta { get; } = new double[n];

        public int[] Order { get; } = new int[n];
    }
}
