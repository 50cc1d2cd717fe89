using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>
/// The best path when every collaboration may be travelled and every actor passed (the default constraints; in
/// Yen's spur searches, but for the root's actors and cut ties): the same answer as <see cref="PathSearch"/>, found with less work. A bidirectional BFS over actors
/// stops stamping at the first meeting and finishes that layer only to collect the meeting ties; the shortest-path
/// DAG is marked outwards from them and ranked by the same dynamic programming, with pooled arrays. O(m).
/// </summary>
internal static class UnconstrainedPathSearch
{
    // Expansions between two cancellation checks inside a layer.
    private const int CheckEvery = 256;

    /// <summary>
    /// The best path from <paramref name="source"/> (a spur node in Yen's loop) to the target; actors whose
    /// <see cref="PathScratch.BlockedStamp"/> is <paramref name="blockEpoch"/> are not passed and the ties from the
    /// source to <paramref name="next"/> not travelled; <paramref name="cap"/> is the weakest link of the root before it.
    /// </summary>
    public static SpurPath? Best(
        GraphSnapshot graph, PathScratch s, int source, int target, int maxHops, int cap, int blockEpoch, ReadOnlySpan<int> next, CancellationToken cancellationToken)
    {
        var blockedStamp = s.BlockedStamp;
        var checkNext = !next.IsEmpty;
        var offsets = graph.Offsets;
        var neighbours = graph.Neighbours;
        var weights = graph.Weights;
        var epoch = s.NextEpoch();
        s.EnsureLayers(maxHops + 2);
        s.EdgeCount = 0;
        var fs = s.ForwardStamp;
        var fd = s.ForwardDistance;
        var bs = s.BackwardStamp;
        var bd = s.BackwardDistance;
        fs[source] = epoch;
        fd[source] = 0;
        s.ForwardQueue[0] = source;
        bs[target] = epoch;
        bd[target] = 0;
        s.BackwardQueue[0] = target;
        var forwardLayers = s.ForwardLayers;
        var backwardLayers = s.BackwardLayers;
        forwardLayers[0] = 0;
        forwardLayers[1] = 1;
        backwardLayers[0] = 0;
        backwardLayers[1] = 1;
        int rF = 0, rB = 0;
        long forwardWork = offsets[source + 1] - offsets[source], backwardWork = offsets[target + 1] - offsets[target];
        while (rF + rB < maxHops)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The side whose next layer scans fewer ties goes first, as in PathSearch.
            var forward = forwardWork <= backwardWork;
            var (own, distance, queue, other, layers, depth) = forward
                ? (fs, fd, s.ForwardQueue, bs, forwardLayers, rF)
                : (bs, bd, s.BackwardQueue, fs, backwardLayers, rB);
            int lo = layers[depth], hi = layers[depth + 1], tail = hi;
            long work = 0;
            var met = false;
            for (var q = lo; q < hi; q++)
            {
                if ((q - lo) % CheckEvery == CheckEvery - 1)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var u = queue[q];
                var end = offsets[u + 1];

                // The ties source–next are cut: from the source forwards, or into the source backwards.
                var fromSource = checkNext && forward && u == source;
                var intoSource = checkNext && !forward && next.Contains(u);
                for (var e = offsets[u]; e < end; e++)
                {
                    var v = neighbours[e];
                    if ((fromSource && next.Contains(v)) || (intoSource && v == source))
                    {
                        continue;
                    }

                    if (other[v] == epoch)
                    {
                        // Every tie from this layer into the other side lies on a shortest path.
                        if (forward)
                        {
                            s.AddEdge(u, v, weights[e]);
                        }
                        else
                        {
                            s.AddEdge(v, u, weights[e]);
                        }

                        met = true;
                    }
                    else if (!met && own[v] != epoch && blockedStamp[v] != blockEpoch)
                    {
                        own[v] = epoch;
                        distance[v] = depth + 1;
                        queue[tail++] = v;
                        work += 1 + offsets[v + 1] - offsets[v];
                    }
                }
            }

            layers[depth + 2] = tail;
            if (forward)
            {
                rF++;
                forwardWork = work;
            }
            else
            {
                rB++;
                backwardWork = work;
            }

            if (met)
            {
                var d = rF + rB;
                var middle = forward ? rF - 1 : rF;
                BuildDag(graph, s, epoch, d, middle);
                return Choose(s, source, d, cap);
            }

            if (tail == hi)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Marks the DAG's layers outwards from the meeting ties (edges[middle]): towards the source through nodes one
    /// forward layer closer, towards the target through nodes one backward layer closer, each layer found from
    /// whichever scans fewer ties, the marked layer or the BFS layer it must come from.
    /// </summary>
    private static void BuildDag(GraphSnapshot graph, PathScratch s, int epoch, int d, int middle)
    {
        var dag = s.Dag;
        dag.Clear();
        s.EdgeStart[middle] = 0;
        s.EdgeEnd[middle] = s.EdgeCount;
        for (var e = 0; e < s.EdgeCount; e++)
        {
            Mark(s, epoch, s.EdgeFrom[e], middle);
        }

        s.LayerStart[middle] = 0;
        s.LayerEnd[middle] = dag.Count;
        for (var e = 0; e < s.EdgeCount; e++)
        {
            Mark(s, epoch, s.EdgeTo[e], middle + 1);
        }

        s.LayerStart[middle + 1] = s.LayerEnd[middle];
        s.LayerEnd[middle + 1] = dag.Count;
        for (var i = middle; i > 0; i--)
        {
            // Layer i - 1 of the forward BFS is complete: only the layer being expanded at the meeting may not be.
            Extend(graph, s, epoch, i, i - 1, i - 1, s.ForwardStamp, s.ForwardDistance, s.ForwardQueue, s.ForwardLayers[i - 1], s.ForwardLayers[i], towardsSource: true);
        }

        for (var i = middle + 1; i < d; i++)
        {
            var rest = d - i - 1;
            Extend(graph, s, epoch, i, i + 1, rest, s.BackwardStamp, s.BackwardDistance, s.BackwardQueue, s.BackwardLayers[rest], s.BackwardLayers[rest + 1], towardsSource: false);
        }
    }

    private static void Extend(
        GraphSnapshot graph, PathScratch s, int epoch, int layer, int next, int want, int[] stamp, int[] distance, int[] queue, int queueStart, int queueEnd, bool towardsSource)
    {
        var offsets = graph.Offsets;
        var neighbours = graph.Neighbours;
        var weights = graph.Weights;
        var dag = s.Dag;
        var dagStamp = s.DagStamp;
        var dagLayer = s.DagLayer;
        int from = dag.Count, firstEdge = s.EdgeCount;
        long marked = 0;
        for (var k = s.LayerStart[layer]; k < s.LayerEnd[layer]; k++)
        {
            var x = dag[k];
            marked += 1 + offsets[x + 1] - offsets[x];
        }

        long scanned = 0;
        for (var q = queueStart; q < queueEnd && scanned < marked; q++)
        {
            var y = queue[q];
            scanned += 1 + offsets[y + 1] - offsets[y];
        }

        if (marked <= scanned)
        {
            for (var k = s.LayerStart[layer]; k < s.LayerEnd[layer]; k++)
            {
                var x = dag[k];
                var end = offsets[x + 1];
                for (var e = offsets[x]; e < end; e++)
                {
                    var y = neighbours[e];
                    if (stamp[y] != epoch || distance[y] != want)
                    {
                        continue;
                    }

                    Mark(s, epoch, y, next);
                    if (towardsSource)
                    {
                        s.AddEdge(y, x, weights[e]);
                    }
                    else
                    {
                        s.AddEdge(x, y, weights[e]);
                    }
                }
            }
        }
        else
        {
            for (var q = queueStart; q < queueEnd; q++)
            {
                var y = queue[q];
                var end = offsets[y + 1];
                var found = false;
                for (var e = offsets[y]; e < end; e++)
                {
                    var x = neighbours[e];
                    if (dagStamp[x] != epoch || dagLayer[x] != layer)
                    {
                        continue;
                    }

                    found = true;
                    if (towardsSource)
                    {
                        s.AddEdge(y, x, weights[e]);
                    }
                    else
                    {
                        s.AddEdge(x, y, weights[e]);
                    }
                }

                if (found)
                {
                    Mark(s, epoch, y, next);
                }
            }
        }

        s.LayerStart[next] = from;
        s.LayerEnd[next] = dag.Count;
        var edgeLayer = towardsSource ? next : layer;
        s.EdgeStart[edgeLayer] = firstEdge;
        s.EdgeEnd[edgeLayer] = s.EdgeCount;
    }

    private static void Mark(PathScratch s, int epoch, int node, int layer)
    {
        if (s.DagStamp[node] == epoch)
        {
            return;
        }

        s.DagStamp[node] = epoch;
        s.DagLayer[node] = layer;
        s.Dag.Add(node);
    }

    /// <summary>As <c>PathSearch.Choose</c>: widest path (capped by the root), then the heaviest among those, then the smallest ids.</summary>
    private static SpurPath Choose(PathScratch s, int source, int d, int cap)
    {
        var dag = s.Dag;
        var wide = s.Wide;
        var sum = s.Sum;
        var edgeFrom = s.EdgeFrom;
        var edgeTo = s.EdgeTo;
        var edgeStrength = s.EdgeStrength;
        for (var k = s.LayerStart[d]; k < s.LayerEnd[d]; k++)
        {
            wide[dag[k]] = int.MaxValue;
            sum[dag[k]] = 0;
        }

        for (var i = d - 1; i >= 0; i--)
        {
            for (var k = s.LayerStart[i]; k < s.LayerEnd[i]; k++)
            {
                wide[dag[k]] = -1;
                sum[dag[k]] = -1;
            }

            for (var e = s.EdgeStart[i]; e < s.EdgeEnd[i]; e++)
            {
                var w = Math.Min(edgeStrength[e], wide[edgeTo[e]]);
                if (w > wide[edgeFrom[e]])
                {
                    wide[edgeFrom[e]] = w;
                }
            }
        }

        var bottleneck = Math.Min(cap, wide[source]);
        for (var i = d - 1; i >= 0; i--)
        {
            for (var e = s.EdgeStart[i]; e < s.EdgeEnd[i]; e++)
            {
                var rest = sum[edgeTo[e]];
                if (edgeStrength[e] >= bottleneck && rest >= 0 && edgeStrength[e] + rest > sum[edgeFrom[e]])
                {
                    sum[edgeFrom[e]] = edgeStrength[e] + rest;
                }
            }
        }

        var nodes = new int[d + 1];
        var strengths = new int[d];
        nodes[0] = source;
        var current = source;
        for (var i = 0; i < d; i++)
        {
            int pick = int.MaxValue, strength = 0;
            for (var e = s.EdgeStart[i]; e < s.EdgeEnd[i]; e++)
            {
                var to = edgeTo[e];
                if (edgeFrom[e] != current || to > pick || edgeStrength[e] < bottleneck)
                {
                    continue;
                }

                var rest = sum[to];
                if (rest >= 0 && edgeStrength[e] + rest == sum[current])
                {
                    pick = to;
                    strength = edgeStrength[e];
                }
            }

            nodes[i + 1] = pick;
            strengths[i] = strength;
            current = pick;
        }

        return new SpurPath(nodes, strengths);
    }
}
