using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>
/// A directed graph as out- and in-adjacency in compressed sparse row form, targets ascending.
/// An undirected graph (a <see cref="GraphSnapshot"/>) is read as two arcs per tie, sharing its arrays.
/// </summary>
public sealed class ArcGraph
{
    private readonly int[] outOffsets;
    private readonly int[] outTargets;
    private readonly int[] inOffsets;
    private readonly int[] inSources;

    private ArcGraph(int[] outOffsets, int[] outTargets, int[] inOffsets, int[] inSources)
    {
        this.outOffsets = outOffsets;
        this.outTargets = outTargets;
        this.inOffsets = inOffsets;
        this.inSources = inSources;
    }

    public int NodeCount => outOffsets.Length - 1;

    public int ArcCount => outTargets.Length;

    public ReadOnlySpan<int> Out(int node) => outTargets.AsSpan(outOffsets[node], outOffsets[node + 1] - outOffsets[node]);

    public ReadOnlySpan<int> In(int node) => inSources.AsSpan(inOffsets[node], inOffsets[node + 1] - inOffsets[node]);

    /// <summary>The snapshot's collaboration ties, each as two arcs.</summary>
    public static ArcGraph Undirected(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new ArcGraph(snapshot.Offsets, snapshot.Neighbours, snapshot.Offsets, snapshot.Neighbours);
    }

    /// <summary>A directed graph from arcs between nodes 0..nodeCount-1; repeated arcs and loops are dropped.</summary>
    public static ArcGraph FromArcs(int nodeCount, IEnumerable<(int From, int To)> arcs)
    {
        ArgumentNullException.ThrowIfNull(arcs);
        var distinct = arcs.Where(a => a.From != a.To).Distinct().ToList();
        foreach (var (from, to) in distinct)
        {
            if ((uint)from >= (uint)nodeCount || (uint)to >= (uint)nodeCount)
            {
                throw new ArgumentOutOfRangeException(nameof(arcs), $"The arc {from}→{to} names a node outside 0..{nodeCount - 1}.");
            }
        }

        var (outOffsets, outTargets) = Csr(nodeCount, distinct);
        var (inOffsets, inSources) = Csr(nodeCount, distinct.Select(a => (a.To, a.From)).ToList());
        return new ArcGraph(outOffsets, outTargets, inOffsets, inSources);
    }

    private static (int[] Offsets, int[] Others) Csr(int n, List<(int From, int To)> arcs)
    {
        var offsets = new int[n + 1];
        foreach (var (from, _) in arcs)
        {
            offsets[from + 1]++;
        }

        for (var k = 0; k < n; k++)
        {
            offsets[k + 1] += offsets[k];
        }

        var others = new int[arcs.Count];
        var fill = (int[])offsets.Clone();
        foreach (var (from, to) in arcs)
        {
            others[fill[from]++] = to;
        }

        for (var k = 0; k < n; k++)
        {
            Array.Sort(others, offsets[k], offsets[k + 1] - offsets[k]);
        }

        return (offsets, others);
    }
}
