using System.Collections.Concurrent;

namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>
/// Reusable working arrays of one search, pooled so a query allocates almost nothing. Entries are valid
/// only where their stamp equals the current epoch, so nothing is ever cleared between searches.
/// </summary>
internal sealed class PathScratch
{
    private static readonly ConcurrentBag<PathScratch> Pool = [];

    // One scratch per thread skips the bag's synchronisation on the common path.
    [ThreadStatic]
    private static PathScratch? local;

    private PathScratch(int nodes, int domainKeys)
    {
        var states = nodes * 2;
        Nodes = nodes;
        ForwardStamp = new int[states];
        ForwardDistance = new int[states];
        BackwardStamp = new int[states];
        BackwardDistance = new int[states];
        ForwardQueue = new int[states];
        BackwardQueue = new int[states];
        DagStamp = new int[states];
        DagLayer = new int[states];
        Wide = new int[states];
        Sum = new int[states];
        BlockedStamp = new int[nodes];
        AvoidStamp = new int[nodes];
        ForwardDomainStamp = new int[Math.Max(1, domainKeys)];
        BackwardDomainStamp = new int[Math.Max(1, domainKeys)];
    }

    public int Nodes { get; }

    public int Epoch { get; set; }

    public int BlockEpoch { get; set; }

    public int AvoidEpoch { get; set; }

    public int[] ForwardStamp { get; }

    public int[] ForwardDistance { get; }

    public int[] BackwardStamp { get; }

    public int[] BackwardDistance { get; }

    public int[] ForwardQueue { get; }

    public int[] BackwardQueue { get; }

    public int[] DagStamp { get; }

    public int[] DagLayer { get; }

    public int[] Wide { get; }

    public int[] Sum { get; }

    public int[] BlockedStamp { get; }

    public int[] AvoidStamp { get; }

    public int[] ForwardDomainStamp { get; }

    public int[] BackwardDomainStamp { get; }

    /// <summary>States of the shortest-path DAG, layer by layer.</summary>
    public List<int> Dag { get; } = new(256);

    /// <summary>The DAG's edges (source state, target state, strength), grown by <see cref="AddEdge"/>.</summary>
    public int[] EdgeFrom { get; private set; } = new int[64];

    public int[] EdgeTo { get; private set; } = new int[64];

    public int[] EdgeStrength { get; private set; } = new int[64];

    public int EdgeCount { get; set; }

    /// <summary>Per DAG layer: [start, end) in <see cref="Dag"/> and in the edge arrays; per BFS side: queue offsets of each layer.</summary>
    public int[] LayerStart { get; private set; } = new int[8];

    public int[] LayerEnd { get; private set; } = new int[8];

    public int[] EdgeStart { get; private set; } = new int[8];

    public int[] EdgeEnd { get; private set; } = new int[8];

    public int[] ForwardLayers { get; private set; } = new int[8];

    public int[] BackwardLayers { get; private set; } = new int[8];

    public static PathScratch Rent(int nodes, int domainKeys)
    {
        var mine = local;
        if (mine is not null && mine.Nodes == nodes && mine.ForwardDomainStamp.Length >= domainKeys)
        {
            local = null;
            return mine;
        }

        // A scratch of another size (another snapshot) is dropped for the collector rather than kept.
        while (Pool.TryTake(out var scratch))
        {
            if (scratch.Nodes == nodes && scratch.ForwardDomainStamp.Length >= domainKeys)
            {
                return scratch;
            }
        }

        return new PathScratch(nodes, domainKeys);
    }

    public static void Return(PathScratch scratch)
    {
        if (local is null)
        {
            local = scratch;
        }
        else
        {
            Pool.Add(scratch);
        }
    }

    public void AddEdge(int from, int to, int strength)
    {
        var at = EdgeCount;
        if (at == EdgeFrom.Length)
        {
            EdgeFrom = Grow(EdgeFrom, at * 2);
            EdgeTo = Grow(EdgeTo, at * 2);
            EdgeStrength = Grow(EdgeStrength, at * 2);
        }

        EdgeFrom[at] = from;
        EdgeTo[at] = to;
        EdgeStrength[at] = strength;
        EdgeCount = at + 1;
    }

    /// <summary>Makes the per-layer arrays hold at least <paramref name="layers"/> entries.</summary>
    public void EnsureLayers(int layers)
    {
        if (LayerStart.Length >= layers)
        {
            return;
        }

        LayerStart = new int[layers];
        LayerEnd = new int[layers];
        EdgeStart = new int[layers];
        EdgeEnd = new int[layers];
        ForwardLayers = new int[layers];
        BackwardLayers = new int[layers];
    }

    private static int[] Grow(int[] array, int length)
    {
        var grown = new int[length];
        array.CopyTo(grown, 0);
        return grown;
    }

    /// <summary>A fresh stamp; when the counter would wrap, every stamp array is cleared once.</summary>
    public int NextEpoch()
    {
        if (Epoch == int.MaxValue)
        {
            Array.Clear(ForwardStamp);
            Array.Clear(BackwardStamp);
            Array.Clear(DagStamp);
            Array.Clear(ForwardDomainStamp);
            Array.Clear(BackwardDomainStamp);
            Epoch = 0;
        }

        return ++Epoch;
    }

    public int NextBlockEpoch()
    {
        if (BlockEpoch == int.MaxValue)
        {
            Array.Clear(BlockedStamp);
            BlockEpoch = 0;
        }

        return ++BlockEpoch;
    }

    public int NextAvoidEpoch()
    {
        if (AvoidEpoch == int.MaxValue)
        {
            Array.Clear(AvoidStamp);
            AvoidEpoch = 0;
        }

        return ++AvoidEpoch;
    }
}
