using System.Collections.Concurrent;

namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>
/// Reusable working arrays of one search, pooled so a query allocates almost nothing. Entries are valid
/// only where their stamp equals the current epoch, so nothing is ever cleared between searches.
/// </summary>
internal sealed class PathScratch
{
    private static readonly ConcurrentBag<PathScratch> Pool = [];

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

    public static PathScratch Rent(int nodes, int domainKeys)
    {
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

    public static void Return(PathScratch scratch) => Pool.Add(scratch);

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
