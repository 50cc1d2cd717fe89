using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Bench;

/// <summary>
/// The floor: the fewest hops between two nodes by a plain level-synchronous bidirectional BFS over the
/// snapshot's CSR arrays (expand the smaller frontier; stamps instead of clearing), no constraints, no path.
/// </summary>
public sealed class BareBidirectionalBfs(GraphSnapshot graph)
{
    private readonly int[] offsets = graph.Offsets;
    private readonly int[] neighbours = graph.Neighbours;
    private readonly int[] forwardStamp = new int[graph.NodeCount];
    private readonly int[] backwardStamp = new int[graph.NodeCount];
    private readonly int[] forwardQueue = new int[graph.NodeCount];
    private readonly int[] backwardQueue = new int[graph.NodeCount];
    private int epoch;

    /// <summary>The distance, or -1 when it is above <paramref name="maxHops"/>.</summary>
    public int Distance(int source, int target, int maxHops)
    {
        if (source == target)
        {
            return 0;
        }

        epoch++;
        forwardStamp[source] = epoch;
        backwardStamp[target] = epoch;
        forwardQueue[0] = source;
        backwardQueue[0] = target;
        int fLo = 0, fHi = 1, bLo = 0, bHi = 1, radius = 0;
        while (radius < maxHops)
        {
            radius++;
            bool forward = fHi - fLo <= bHi - bLo;
            var (queue, stamp, other, lo, hi) = forward
                ? (forwardQueue, forwardStamp, backwardStamp, fLo, fHi)
                : (backwardQueue, backwardStamp, forwardStamp, bLo, bHi);
            var tail = hi;
            for (var q = lo; q < hi; q++)
            {
                var u = queue[q];
                for (var e = offsets[u]; e < offsets[u + 1]; e++)
                {
                    var v = neighbours[e];
                    if (other[v] == epoch)
                    {
                        return radius;
                    }

                    if (stamp[v] != epoch)
                    {
                        stamp[v] = epoch;
                        queue[tail++] = v;
                    }
                }
            }

            if (forward)
            {
                (fLo, fHi) = (hi, tail);
            }
            else
            {
                (bLo, bHi) = (hi, tail);
            }

            if (fLo == fHi || bLo == bHi)
            {
                return -1;
            }
        }

        return -1;
    }
}
