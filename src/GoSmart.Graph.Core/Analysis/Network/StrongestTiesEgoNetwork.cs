using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Network;

/// <summary>
/// The ego network of an actor by breadth-first search over COLLABORATES_WITH, depth by depth, keeping
/// at each depth the nodes with the strongest tie into the previous one first while the node limit
/// allows; O(n + m) over the part reached.
/// </summary>
/// <remarks>
/// A node's strength is the weight of its strongest tie to a kept node one step nearer the centre;
/// among equals the smaller id goes first. When the limit leaves out a node that is within the depth,
/// the network is truncated and no deeper level is added. Nodes the predicate rejects are neither kept
/// nor travelled through (the centre always is). The edges are all ties between kept nodes.
/// </remarks>
public static class StrongestTiesEgoNetwork
{
    public static EgoNetwork Build(GraphSnapshot snapshot, int center, int depth, int limit, Func<int, bool>? include, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentOutOfRangeException.ThrowIfNegative(center);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(center, snapshot.NodeCount);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);

        var depthOf = new Dictionary<int, int> { [center] = 0 };
        var nodes = new List<NetworkNode> { new(center, 0, 0) };
        var frontier = new List<int> { center };
        var truncated = false;
        for (var d = 1; d <= depth && frontier.Count > 0; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var best = new Dictionary<int, int>();
            foreach (var u in frontier)
            {
                var start = snapshot.Offsets[u];
                var neighbours = snapshot.NeighboursOf(u);
                for (var k = 0; k < neighbours.Length; k++)
                {
                    var v = neighbours[k];
                    if (depthOf.ContainsKey(v) || (include is not null && !include(v)))
                    {
                        continue;
                    }

                    var w = snapshot.Weights[start + k];
                    if (!best.TryGetValue(v, out var had) || w > had)
                    {
                        best[v] = w;
                    }
                }
            }

            var level = best.Select(p => new NetworkNode(p.Key, d, p.Value)).ToList();
            level.Sort((p, q) => p.Strength != q.Strength ? q.Strength.CompareTo(p.Strength) : p.Index.CompareTo(q.Index));
            var room = limit - nodes.Count;
            if (level.Count > room)
            {
                level.RemoveRange(room, level.Count - room);
                truncated = true;
            }

            frontier = new List<int>(level.Count);
            foreach (var node in level)
            {
                depthOf.Add(node.Index, d);
                nodes.Add(node);
                frontier.Add(node.Index);
            }

            if (truncated)
            {
                break;
            }
        }

        return new EgoNetwork(nodes, EdgesBetween(snapshot, nodes, depthOf, cancellationToken), truncated);
    }

    /// <summary>Every node within <paramref name="depth"/> steps of the centre, the centre included, ascending.</summary>
    public static IReadOnlyList<int> Reach(GraphSnapshot snapshot, int center, int depth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var seen = new HashSet<int> { center };
        var frontier = new List<int> { center };
        for (var d = 1; d <= depth && frontier.Count > 0; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = new List<int>();
            foreach (var u in frontier)
            {
                foreach (var v in snapshot.NeighboursOf(u))
                {
                    if (seen.Add(v))
                    {
                        next.Add(v);
                    }
                }
            }

            frontier = next;
        }

        var result = seen.ToList();
        result.Sort();
        return result;
    }

    private static List<NetworkEdge> EdgesBetween(GraphSnapshot snapshot, List<NetworkNode> nodes, Dictionary<int, int> depthOf, CancellationToken cancellationToken)
    {
        var position = new Dictionary<int, int>(nodes.Count);
        for (var p = 0; p < nodes.Count; p++)
        {
            position[nodes[p].Index] = p;
        }

        var edges = new List<(int SourcePosition, int TargetPosition, NetworkEdge Edge)>();
        foreach (var node in nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var u = node.Index;
            var start = snapshot.Offsets[u];
            var neighbours = snapshot.NeighboursOf(u);
            for (var k = 0; k < neighbours.Length; k++)
            {
                var v = neighbours[k];
                if (!depthOf.TryGetValue(v, out var dv))
                {
                    continue;
                }

                var du = node.Depth;
                var uIsSource = du < dv || (du == dv && u < v);
                if (uIsSource)
                {
                    edges.Add((position[u], position[v], new NetworkEdge(u, v, start + k)));
                }
            }
        }

        edges.Sort((p, q) => p.SourcePosition != q.SourcePosition ? p.SourcePosition.CompareTo(q.SourcePosition) : p.TargetPosition.CompareTo(q.TargetPosition));
        return edges.Select(e => e.Edge).ToList();
    }
}
