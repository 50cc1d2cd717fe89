using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Synthetic;

namespace GoSmart.Graph.Bench;

/// <summary>Seeded random actor pairs of a snapshot, by how many hops apart they are (0: 1 to 4; -1: no path at all; int.MaxValue: any two actors).</summary>
public static class PathPairs
{
    public static List<(int From, int To)> Pick(GraphSnapshot graph, int count, int hops, ulong seed, int attempts = 2_000_000)
    {
        var rng = new Xoshiro256StarStar(seed);
        var bfs = new BareBidirectionalBfs(graph);
        var pairs = new List<(int, int)>(count);
        var distance = new int[graph.NodeCount];
        var queue = new int[graph.NodeCount];
        for (var attempt = 0; attempt < attempts && pairs.Count < count; attempt++)
        {
            var from = rng.NextInt(graph.NodeCount);
            if (graph.DegreeOf(from) == 0)
            {
                continue;
            }

            if (hops == int.MaxValue)
            {
                var any = rng.NextInt(graph.NodeCount);
                if (any != from)
                {
                    pairs.Add((from, any));
                }

                continue;
            }

            if (hops is >= 0 and <= 4)
            {
                // hops 0: any pair at most 4 hops apart.
                var to = rng.NextInt(graph.NodeCount);
                var d = to == from ? -1 : bfs.Distance(from, to, hops == 0 ? 4 : hops);
                if (hops == 0 ? d > 0 : d == hops)
                {
                    pairs.Add((from, to));
                }

                continue;
            }

            // Far or unreachable pairs are rare among random ones: walk the BFS layers of one source instead.
            Array.Fill(distance, -1);
            distance[from] = 0;
            queue[0] = from;
            int head = 0, tail = 1;
            while (head < tail)
            {
                var u = queue[head++];
                foreach (var v in graph.NeighboursOf(u))
                {
                    if (distance[v] < 0)
                    {
                        distance[v] = distance[u] + 1;
                        queue[tail++] = v;
                    }
                }
            }

            var candidates = new List<int>();
            for (var v = 0; v < graph.NodeCount; v++)
            {
                if (hops < 0 ? distance[v] < 0 && graph.DegreeOf(v) > 0 : distance[v] == hops)
                {
                    candidates.Add(v);
                }
            }

            if (candidates.Count > 0)
            {
                pairs.Add((from, candidates[rng.NextInt(candidates.Count)]));
            }
        }

        return pairs;
    }
}
