using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>
/// The best path from a start actor to the target under the constraints, by <see cref="PathRanking"/>:
/// a level-synchronous bidirectional BFS over (actor, crossed) states finds the fewest hops d; the
/// shortest-path DAG is recovered from the middle layer outwards; dynamic programming over it picks the
/// strongest weakest link, then the largest total, then the smallest ids. O(m) per search.
/// </summary>
/// <remarks>
/// The crossed flag only exists when the path must cross a border: a forward state's flag says a border
/// was crossed on the way from the start, a backward state's that one is crossed on the way to the
/// target, and two states join when either is set. With that flag a shortest state walk can visit an
/// actor twice (once per flag); such a walk is not a path, and then <see cref="ExactSimple"/> enumerates
/// simple paths instead. Shared-domain steps expand each domain once per (direction, flag, country) in
/// the BFS, so a domain with thousands of actors costs one scan, not one per actor.
/// </remarks>
internal sealed class PathSearch
{
    private readonly GraphSnapshot graph;
    private readonly PathIndex index;
    private readonly PathScratch scratch;
    private readonly CancellationToken cancellationToken;
    private readonly int[] offsets;
    private readonly int[] neighbours;
    private readonly int[] weights;
    private readonly int[] lastYears;
    private readonly int[] country;
    private readonly bool useCollaboration;
    private readonly bool useMembership;
    private readonly bool useDomain;
    private readonly int minWeight;
    private readonly int sinceYear;
    private readonly bool[]? kindAllowed;
    private readonly bool filterDomain;
    private readonly int domainFilter;
    private readonly int avoidEpoch;
    
    private int epoch;
    private int blockEpoch;
    private int spur;
    private int[] blockedNext = [];

    // Queue offsets of each BFS layer: layer i is [layers[i], layers[i + 1]).
    private int[] forwardLayers = [0, 0];
    private int[] backwardLayers = [0, 0];

    // The DAG's edges, grouped by the layer of their source: edgeLayers[i] .. edgeLayers[i + 1].
    private int[] edgeFrom = new int[64];
    private int[] edgeTo = new int[64];
    private int[] edgeStrength = new int[64];
    private int edgeCount;
    private List<long>[] dfsSteps = [];
    private int blockedNextCount;

    public PathSearch(GraphSnapshot graph, int source, int target, PathConstraints constraints, PathScratch scratch, CancellationToken cancellationToken)
    {
        this.graph = graph;
        this.scratch = scratch;
        this.cancellationToken = cancellationToken;
        index = PathIndex.For(graph);
        offsets = graph.Offsets;
        neighbours = graph.Neighbours;
        weights = graph.Weights;
        lastYears = graph.LastYears;
        country = index.Country;
        Target = target;
        CrossBorder = constraints.CrossBorder;
        useCollaboration = constraints.Via.Contains(RelationKind.Collaboration);
        useMembership = constraints.Via.Contains(RelationKind.Membership);
        useDomain = constraints.Via.Contains(RelationKind.SharedDomain);
        minWeight = constraints.MinWeight;
        sinceYear = constraints.SinceYear ?? int.MinValue;
        if (constraints.IntermediaryKinds is { } kinds)
        {
            kindAllowed = new bool[Enum.GetValues<ActorKind>().Length];
            foreach (var kind in kinds)
            {
                kindAllowed[(int)kind] = true;
            }
        }

        filterDomain = constraints.IntermediaryDomain is not null;
        domainFilter = constraints.IntermediaryDomain is { } domain ? graph.DomainIndexOf(domain) : -1;
        avoidEpoch = scratch.NextAvoidEpoch();
        scratch.AvoidStamp[source] = avoidEpoch;
        scratch.AvoidStamp[target] = avoidEpoch;
        foreach (var id in constraints.Avoid)
        {
            var node = graph.IndexOf(id);
            if (node >= 0)
            {
                scratch.AvoidStamp[node] = avoidEpoch;
            }
        }
    }

    public int Target { get; }

    public bool CrossBorder { get; }

    /// <summary>
    /// The best path from <paramref name="start"/> to the target of at most <paramref name="maxHops"/> steps, avoiding
    /// <paramref name="blocked"/> actors and the steps from the start to <paramref name="next"/>; null when there is none.
    /// </summary>
    /// <param name="startFlag">1 when the path before the start already crossed a border.</param>
    /// <param name="cap">The weakest link of the path before the start (int.MaxValue for none): ranking compares min(cap, weakest).</param>
    public SpurPath? Best(int start, int startFlag, int cap, int maxHops, ReadOnlySpan<int> blocked, ReadOnlySpan<int> next)
    {
        Prepare(start, blocked, next);
        epoch = scratch.NextEpoch();
        var (found, d, middle) = Meet(start, CrossBorder ? startFlag : 0, maxHops);
        if (!found)
        {
            return null;
        }

        var (layers, edges) = BuildDag(start, d, middle);
        var path = Choose(start, CrossBorder ? startFlag : 0, cap, d, layers, edges);
        if (CrossBorder && !IsSimple(path.Nodes))
        {
            return ExactSimple(start, startFlag, cap, d, maxHops);
        }

        return path;
    }

    /// <summary>The strongest allowed relation between two adjacent actors of a found path, with the tie index of a collaboration.</summary>
    public (RelationKind Relation, int Strength, int Tie) StepBetween(int u, int v)
    {
        if (useCollaboration)
        {
            var e = graph.TieIndex(u, v);
            if (e >= 0 && weights[e] >= minWeight && lastYears[e] >= sinceYear)
            {
                return (RelationKind.Collaboration, weights[e], e);
            }
        }

        if (useMembership && graph.MembersOf(u).BinarySearch(v) >= 0)
        {
            return (RelationKind.Membership, PathRanking.MembershipStrength, -1);
        }

        return (RelationKind.SharedDomain, PathRanking.SharedDomainStrength, -1);
    }

    private void Prepare(int start, ReadOnlySpan<int> blocked, ReadOnlySpan<int> next)
    {
        spur = start;
        blockEpoch = scratch.NextBlockEpoch();
        scratch.BlockedStamp[start] = blockEpoch;
        foreach (var b in blocked)
        {
            scratch.BlockedStamp[b] = blockEpoch;
        }

        if (blockedNext.Length < next.Length)
        {
            blockedNext = new int[Math.Max(8, next.Length)];
        }

        next.CopyTo(blockedNext);
        blockedNextCount = next.Length;
    }

    /// <summary>May <paramref name="node"/> be on the path here: the end this direction heads for, or an allowed intermediary.</summary>
    private bool Allowed(int node, int terminal)
    {
        if (node == terminal)
        {
            return true;
        }

        if (scratch.BlockedStamp[node] == blockEpoch || scratch.AvoidStamp[node] == avoidEpoch)
        {
            return false;
        }

        if (kindAllowed is not null && !kindAllowed[index.Kind[node]])
        {
            return false;
        }

        return !filterDomain || (domainFilter >= 0 && graph.DomainsOf(node).BinarySearch(domainFilter) >= 0);
    }

    /// <summary>What expanding a node costs, roughly: its collaborations and memberships (shared domains counted once per search).</summary>
    private long Work(int node) => 1 + (useCollaboration ? offsets[node + 1] - offsets[node] : 0) + (useMembership ? graph.MemberOffsets[node + 1] - graph.MemberOffsets[node] : 0);

    private bool BlockedStep(int u, int v)
    {
        int other;
        if (u == spur)
        {
            other = v;
        }
        else if (v == spur)
        {
            other = u;
        }
        else
        {
            return false;
        }

        for (var i = 0; i < blockedNextCount; i++)
        {
            if (blockedNext[i] == other)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsBlockedNext(int node)
    {
        for (var i = 0; i < blockedNextCount; i++)
        {
            if (blockedNext[i] == node)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every allowed step out of <paramref name="u"/>; with <paramref name="domainStamp"/>, each domain once per (flag, country of u).</summary>
    private void ForEachStep<TVisitor>(int u, int flag, int[]? domainStamp, ref TVisitor visitor)
        where TVisitor : struct, IStepVisitor
    {
        var cu = country[u];
        var tracked = CrossBorder;
        var checkBlocked = blockedNextCount > 0;
        if (useCollaboration)
        {
            var end = offsets[u + 1];
            for (var e = offsets[u]; e < end; e++)
            {
                if (weights[e] < minWeight || lastYears[e] < sinceYear)
                {
                    continue;
                }

                var y = neighbours[e];
                if (checkBlocked && BlockedStep(u, y))
                {
                    continue;
                }

                visitor.Visit(y, tracked && country[y] != cu ? 1 : 0, weights[e], RelationKind.Collaboration);
            }
        }

        if (useMembership)
        {
            foreach (var y in graph.MembersOf(u))
            {
                if (checkBlocked && BlockedStep(u, y))
                {
                    continue;
                }

                visitor.Visit(y, tracked && country[y] != cu ? 1 : 0, PathRanking.MembershipStrength, RelationKind.Membership);
            }
        }

        if (useDomain)
        {
            var domainActors = index.DomainActors;

            // A domain scanned from an end of a blocked step skipped an actor, so it must stay open for others.
            var dedupe = domainStamp is not null && !(checkBlocked && (u == spur || IsBlockedNext(u)));
            var group = tracked ? cu : 0;
            foreach (var d in graph.DomainsOf(u))
            {
                if (dedupe)
                {
                    var key = (((d * 2) + flag) * index.CountryCount) + group;
                    if (domainStamp![key] == epoch)
                    {
                        continue;
                    }

                    domainStamp[key] = epoch;
                }

                var end = index.DomainActorOffsets[d + 1];
                for (var j = index.DomainActorOffsets[d]; j < end; j++)
                {
                    var y = domainActors[j];
                    if (y == u || (checkBlocked && BlockedStep(u, y)))
                    {
                        continue;
                    }

                    visitor.Visit(y, tracked && country[y] != cu ? 1 : 0, PathRanking.SharedDomainStrength, RelationKind.SharedDomain);
                }
            }
        }
    }

    /// <summary>Level-synchronous bidirectional BFS: expands the smaller frontier a whole layer at a time until the two meet.</summary>
    private (bool Found, int Distance, int Middle) Meet(int start, int startFlag, int maxHops)
    {
        var s = scratch;
        var first = (start * 2) + startFlag;
        s.ForwardStamp[first] = epoch;
        s.ForwardDistance[first] = 0;
        s.ForwardQueue[0] = first;
        var last = Target * 2;
        s.BackwardStamp[last] = epoch;
        s.BackwardDistance[last] = 0;
        s.BackwardQueue[0] = last;
        int fLo = 0, fHi = 1, bLo = 0, bHi = 1, rF = 0, rB = 0;
        long forwardWork = Work(start), backwardWork = Work(Target);
        if (forwardLayers.Length < maxHops + 2)
        {
            forwardLayers = new int[maxHops + 2];
            backwardLayers = new int[maxHops + 2];
        }

        forwardLayers[1] = 1;
        backwardLayers[1] = 1;
        while (rF + rB < maxHops)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The side whose next layer scans fewer ties goes first: a hub in a frontier costs its degree.
            var forward = forwardWork <= backwardWork;
            var visitor = forward
                ? new BfsVisitor(this, s.ForwardStamp, s.ForwardDistance, s.ForwardQueue, s.BackwardStamp, s.BackwardDistance, fHi, rF + 1, Target)
                : new BfsVisitor(this, s.BackwardStamp, s.BackwardDistance, s.BackwardQueue, s.ForwardStamp, s.ForwardDistance, bHi, rB + 1, start);
            var queue = forward ? s.ForwardQueue : s.BackwardQueue;
            var domainStamp = useDomain ? (forward ? s.ForwardDomainStamp : s.BackwardDomainStamp) : null;
            var (lo, hi) = forward ? (fLo, fHi) : (bLo, bHi);
            var terminal = forward ? Target : start;
            for (var q = lo; q < hi; q++)
            {
                var state = queue[q];
                var node = state >> 1;
                if (node == terminal)
                {
                    continue;
                }

                visitor.Flag = state & 1;
                ForEachStep(node, visitor.Flag, domainStamp, ref visitor);
            }

            if (forward)
            {
                (fLo, fHi) = (fHi, visitor.Tail);
                rF++;
                forwardLayers[rF + 1] = fHi;
                forwardWork = visitor.Work;
            }
            else
            {
                (bLo, bHi) = (bHi, visitor.Tail);
                rB++;
                backwardLayers[rB + 1] = bHi;
                backwardWork = visitor.Work;
            }

            if (visitor.Best != int.MaxValue)
            {
                return (true, visitor.Best, rF);
            }

            if (fLo == fHi || bLo == bHi)
            {
                return (false, 0, 0);
            }
        }

        return (false, 0, 0);
    }

    /// <summary>
    /// The states of the shortest valid walks layer by layer (ranges of <see cref="PathScratch.Dag"/>) and the edges
    /// between consecutive layers. Each layer is found from whichever is smaller: the layer already marked or the
    /// BFS layer it must come from.
    /// </summary>
    private ((int Start, int End)[] Nodes, (int Start, int End)[] Edges) BuildDag(int start, int d, int middle)
    {
        var s = scratch;
        var dag = s.Dag;
        dag.Clear();
        edgeCount = 0;
        var layers = new (int Start, int End)[d + 1];
        var edges = new (int Start, int End)[d + 1];
        for (var q = forwardLayers[middle]; q < forwardLayers[middle + 1]; q++)
        {
            var state = s.ForwardQueue[q];
            if (RemainsExactly(state >> 1, state & 1, d - middle))
            {
                Mark(state, middle);
            }
        }

        layers[middle] = (0, dag.Count);
        for (var i = middle; i > 0; i--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (from, firstEdge) = (dag.Count, edgeCount);
            var (layerStart, layerEnd) = layers[i];
            if (DagWork(layerStart, layerEnd) <= QueueWork(s.ForwardQueue, forwardLayers[i - 1], forwardLayers[i]))
            {
                var visitor = new PredecessorVisitor(this, i - 1);
                for (var k = layerStart; k < layerEnd; k++)
                {
                    visitor.State = dag[k];
                    ForEachStep(visitor.State >> 1, visitor.State & 1, null, ref visitor);
                }
            }
            else
            {
                var visitor = new IntoLayerVisitor(this, i);
                for (var q = forwardLayers[i - 1]; q < forwardLayers[i]; q++)
                {
                    var state = s.ForwardQueue[q];
                    if (state >> 1 == Target)
                    {
                        continue;
                    }

                    visitor.State = state;
                    visitor.Found = false;
                    ForEachStep(state >> 1, state & 1, null, ref visitor);
                    if (visitor.Found)
                    {
                        Mark(state, i - 1);
                    }
                }
            }

            layers[i - 1] = (from, dag.Count);
            edges[i - 1] = (firstEdge, edgeCount);
        }

        for (var i = middle; i < d; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (from, firstEdge) = (dag.Count, edgeCount);
            var (layerStart, layerEnd) = layers[i];
            var rest = d - i - 1;
            if (DagWork(layerStart, layerEnd) <= QueueWork(s.BackwardQueue, backwardLayers[rest], backwardLayers[rest + 1]))
            {
                var visitor = new SuccessorVisitor(this, i + 1, rest);
                for (var k = layerStart; k < layerEnd; k++)
                {
                    visitor.State = dag[k];
                    ForEachStep(visitor.State >> 1, visitor.State & 1, null, ref visitor);
                }
            }
            else
            {
                var visitor = new FromLayerVisitor(this, i);
                for (var q = backwardLayers[rest]; q < backwardLayers[rest + 1]; q++)
                {
                    var node = s.BackwardQueue[q] >> 1;
                    if (node == start)
                    {
                        continue;
                    }

                    for (var flag = 0; flag < (CrossBorder ? 2 : 1); flag++)
                    {
                        var state = (node * 2) + flag;
                        if (s.DagStamp[state] == epoch || !RemainsExactly(node, flag, rest))
                        {
                            continue;
                        }

                        visitor.State = state;
                        visitor.Found = false;
                        ForEachStep(node, flag, null, ref visitor);
                        if (visitor.Found)
                        {
                            Mark(state, i + 1);
                        }
                    }
                }
            }

            layers[i + 1] = (from, dag.Count);
            edges[i] = (firstEdge, edgeCount);
        }

        return (layers, edges);
    }

    /// <summary>What enumerating the steps of these DAG states costs; the BFS layers were scanned once already, a frontier was not.</summary>
    private long DagWork(int from, int to)
    {
        long work = 0;
        for (var k = from; k < to; k++)
        {
            work += Work(scratch.Dag[k] >> 1);
        }

        return work;
    }

    private long QueueWork(int[] queue, int from, int to)
    {
        long work = 0;
        for (var q = from; q < to; q++)
        {
            work += Work(queue[q] >> 1);
        }

        return work;
    }

    private void Mark(int state, int layer)
    {
        scratch.DagStamp[state] = epoch;
        scratch.DagLayer[state] = layer;
        scratch.Dag.Add(state);
    }

    private void AddEdge(int from, int to, int strength)
    {
        if (edgeCount == edgeFrom.Length)
        {
            Array.Resize(ref edgeFrom, edgeCount * 2);
            Array.Resize(ref edgeTo, edgeCount * 2);
            Array.Resize(ref edgeStrength, edgeCount * 2);
        }

        edgeFrom[edgeCount] = from;
        edgeTo[edgeCount] = to;
        edgeStrength[edgeCount++] = strength;
    }

    private bool InLayer(int state, int layer) => scratch.DagStamp[state] == epoch && scratch.DagLayer[state] == layer;

    /// <summary>Is the fewest steps from (node, flag) to the target, joining a backward state, exactly <paramref name="rest"/>?</summary>
    private bool RemainsExactly(int node, int flag, int rest)
    {
        var s = scratch;
        if (!CrossBorder)
        {
            var b = node * 2;
            return s.BackwardStamp[b] == epoch && s.BackwardDistance[b] == rest;
        }

        int crossed = (node * 2) + 1, plain = node * 2;
        var best = int.MaxValue;
        if (s.BackwardStamp[crossed] == epoch)
        {
            best = s.BackwardDistance[crossed];
        }

        if (flag == 1 && s.BackwardStamp[plain] == epoch)
        {
            best = Math.Min(best, s.BackwardDistance[plain]);
        }

        return best == rest;
    }

    /// <summary>Dynamic programming over the DAG's edges: widest path (capped by the root), then the heaviest among those, then the smallest ids.</summary>
    private SpurPath Choose(int start, int startFlag, int cap, int d, (int Start, int End)[] layers, (int Start, int End)[] edges)
    {
        var s = scratch;
        var dag = s.Dag;
        var wide = s.Wide;
        var sum = s.Sum;
        for (var k = layers[d].Start; k < layers[d].End; k++)
        {
            wide[dag[k]] = int.MaxValue;
            sum[dag[k]] = 0;
        }

        for (var i = d - 1; i >= 0; i--)
        {
            for (var k = layers[i].Start; k < layers[i].End; k++)
            {
                wide[dag[k]] = -1;
                sum[dag[k]] = -1;
            }

            for (var e = edges[i].Start; e < edges[i].End; e++)
            {
                var w = Math.Min(edgeStrength[e], wide[edgeTo[e]]);
                if (w > wide[edgeFrom[e]])
                {
                    wide[edgeFrom[e]] = w;
                }
            }
        }

        var first = (start * 2) + startFlag;
        var bottleneck = Math.Min(cap, wide[first]);
        for (var i = d - 1; i >= 0; i--)
        {
            for (var e = edges[i].Start; e < edges[i].End; e++)
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
        nodes[0] = start;
        int current0 = first, current1 = -1;
        for (var i = 0; i < d; i++)
        {
            var pick = int.MaxValue;
            int next0 = -1, next1 = -1;
            for (var e = edges[i].Start; e < edges[i].End; e++)
            {
                var from = edgeFrom[e];
                var to = edgeTo[e];
                if ((from != current0 && from != current1) || (to >> 1) > pick || edgeStrength[e] < bottleneck)
                {
                    continue;
                }

                var rest = sum[to];
                if (rest < 0 || edgeStrength[e] + rest != sum[from])
                {
                    continue;
                }

                if ((to >> 1) < pick)
                {
                    pick = to >> 1;
                    (next0, next1) = (-1, -1);
                }

                if ((to & 1) == 0)
                {
                    next0 = to;
                }
                else
                {
                    next1 = to;
                }
            }

            (current0, current1) = next0 >= 0 ? (next0, next1) : (next1, -1);
            nodes[i + 1] = pick;
            strengths[i] = StepBetween(nodes[i], pick).Strength;
        }

        return new SpurPath(nodes, strengths);
    }

    private static bool IsSimple(int[] nodes)
    {
        for (var i = 1; i < nodes.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (nodes[i] == nodes[j])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Exact fallback when the shortest state walk repeats an actor: depth-first enumeration of simple paths of
    /// growing length, pruned by the exact backward distances; exponential at worst, bounded by the hop limit.
    /// </summary>
    private SpurPath? ExactSimple(int start, int startFlag, int cap, int minHops, int maxHops)
    {
        epoch = scratch.NextEpoch();
        var s = scratch;
        var last = Target * 2;
        s.BackwardStamp[last] = epoch;
        s.BackwardDistance[last] = 0;
        s.BackwardQueue[0] = last;
        int lo = 0, hi = 1;
        for (var depth = 1; depth <= maxHops && lo < hi; depth++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var visitor = new BfsVisitor(this, s.BackwardStamp, s.BackwardDistance, s.BackwardQueue, s.ForwardStamp, s.ForwardDistance, hi, depth, start);
            for (var q = lo; q < hi; q++)
            {
                var state = s.BackwardQueue[q];
                if (state >> 1 == start)
                {
                    continue;
                }

                visitor.Flag = state & 1;
                ForEachStep(state >> 1, visitor.Flag, s.BackwardDomainStamp, ref visitor);
            }

            (lo, hi) = (hi, visitor.Tail);
        }

        if (dfsSteps.Length < maxHops + 1)
        {
            dfsSteps = new List<long>[maxHops + 1];
        }

        for (var length = minHops; length <= maxHops; length++)
        {
            var search = new SimplePathEnumeration(length, cap);
            search.Nodes[0] = start;
            Enumerate(ref search, start, startFlag, 0, int.MaxValue, 0);
            if (search.BestNodes is not null)
            {
                return new SpurPath(search.BestNodes, search.BestStrengths!);
            }
        }

        return null;
    }

    private void Enumerate(ref SimplePathEnumeration search, int u, int flag, int depth, int weakest, int total)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (u == Target)
        {
            if (depth == search.Length && flag == 1)
            {
                search.Consider(Math.Min(weakest, search.Cap), total);
            }

            return;
        }

        if (depth == search.Length)
        {
            return;
        }

        var steps = dfsSteps[depth] ??= new List<long>(64);
        steps.Clear();
        var collector = new CollectVisitor(steps);
        ForEachStep(u, flag, null, ref collector);
        steps.Sort();
        for (var k = 0; k < steps.Count; k++)
        {
            var y = (int)(steps[k] >> 32);
            if (k + 1 < steps.Count && (int)(steps[k + 1] >> 32) == y)
            {
                continue; // the same actor by a weaker relation; the strongest sorts last
            }

            var packed = (int)steps[k];
            var strength = packed >> 1;
            var next = flag | (packed & 1);
            if (!Allowed(y, Target) || search.Nodes.AsSpan(0, depth + 1).Contains(y))
            {
                continue;
            }

            var rest = search.Length - depth - 1;
            if (!RemainsAtMost(y, next, rest))
            {
                continue;
            }

            search.Nodes[depth + 1] = y;
            search.Strengths[depth] = strength;
            Enumerate(ref search, y, next, depth + 1, Math.Min(weakest, strength), total + strength);
        }
    }

    private bool RemainsAtMost(int node, int flag, int rest)
    {
        var s = scratch;
        int crossed = (node * 2) + 1, plain = node * 2;
        return (s.BackwardStamp[crossed] == epoch && s.BackwardDistance[crossed] <= rest)
            || (flag == 1 && s.BackwardStamp[plain] == epoch && s.BackwardDistance[plain] <= rest);
    }

    private struct BfsVisitor(PathSearch search, int[] stamp, int[] distance, int[] queue, int[] otherStamp, int[] otherDistance, int tail, int depth, int terminal) : IStepVisitor
    {
        private readonly int epoch = search.epoch;
        private readonly bool crossBorder = search.CrossBorder;

        public int Flag;
        public int Tail = tail;
        public int Best = int.MaxValue;
        public long Work;

        public void Visit(int node, int cross, int strength, RelationKind relation)
        {
            var flag = Flag | cross;
            var state = (node * 2) + flag;
            if (stamp[state] == epoch || !search.Allowed(node, terminal))
            {
                return;
            }

            stamp[state] = epoch;
            distance[state] = depth;
            queue[Tail++] = state;
            Work += search.Work(node);
            if (!crossBorder)
            {
                if (otherStamp[state] == epoch)
                {
                    Best = Math.Min(Best, depth + otherDistance[state]);
                }

                return;
            }

            var joined = (node * 2) + 1;
            if (otherStamp[joined] == epoch)
            {
                Best = Math.Min(Best, depth + otherDistance[joined]);
            }

            if (flag == 1 && otherStamp[joined - 1] == epoch)
            {
                Best = Math.Min(Best, depth + otherDistance[joined - 1]);
            }
        }
    }

    /// <summary>From a marked state: marks the forward states one layer closer to the start that step into it, with the edges.</summary>
    private struct PredecessorVisitor(PathSearch search, int layer) : IStepVisitor
    {
        public int State;

        public readonly void Visit(int node, int cross, int strength, RelationKind relation)
        {
            if (node == search.Target)
            {
                return;
            }

            var flag = State & 1;
            if (cross == 1)
            {
                if (flag == 1)
                {
                    Consider(node * 2, strength);
                    Consider((node * 2) + 1, strength);
                }
            }
            else
            {
                Consider((node * 2) + flag, strength);
            }
        }

        private readonly void Consider(int state, int strength)
        {
            var s = search.scratch;
            if (s.ForwardStamp[state] != search.epoch || s.ForwardDistance[state] != layer)
            {
                return;
            }

            if (s.DagStamp[state] != search.epoch)
            {
                search.Mark(state, layer);
            }

            search.AddEdge(state, State, strength);
        }
    }

    /// <summary>From a forward BFS state: the edges into marked states of the next layer.</summary>
    private struct IntoLayerVisitor(PathSearch search, int layer) : IStepVisitor
    {
        public int State;
        public bool Found;

        public void Visit(int node, int cross, int strength, RelationKind relation)
        {
            var next = (node * 2) + ((State & 1) | cross);
            if (search.InLayer(next, layer))
            {
                search.AddEdge(State, next, strength);
                Found = true;
            }
        }
    }

    /// <summary>From a marked state: marks the states one layer closer to the target that it steps into, with the edges.</summary>
    private struct SuccessorVisitor(PathSearch search, int layer, int rest) : IStepVisitor
    {
        public int State;

        public readonly void Visit(int node, int cross, int strength, RelationKind relation)
        {
            var flag = (State & 1) | cross;
            var next = (node * 2) + flag;
            if (search.scratch.DagStamp[next] == search.epoch)
            {
                if (search.scratch.DagLayer[next] == layer)
                {
                    search.AddEdge(State, next, strength);
                }

                return;
            }

            if (!search.Allowed(node, search.Target) || !search.RemainsExactly(node, flag, rest))
            {
                return;
            }

            search.Mark(next, layer);
            search.AddEdge(State, next, strength);
        }
    }

    /// <summary>From a candidate state near the target: the edges from marked states of the previous layer into it.</summary>
    private struct FromLayerVisitor(PathSearch search, int layer) : IStepVisitor
    {
        public int State;
        public bool Found;

        public void Visit(int node, int cross, int strength, RelationKind relation)
        {
            var flag = State & 1;
            if (cross == 1)
            {
                if (flag == 1)
                {
                    Consider(node * 2, strength);
                    Consider((node * 2) + 1, strength);
                }
            }
            else
            {
                Consider((node * 2) + flag, strength);
            }
        }

        private void Consider(int previous, int strength)
        {
            if (search.InLayer(previous, layer))
            {
                search.AddEdge(previous, State, strength);
                Found = true;
            }
        }
    }

    /// <summary>Packs (actor, strength, cross) so a sort orders by actor, then strength.</summary>
    private readonly struct CollectVisitor(List<long> steps) : IStepVisitor
    {
        public void Visit(int node, int cross, int strength, RelationKind relation) =>
            steps.Add(((long)node << 32) | (uint)((strength << 1) | cross));
    }

    private struct SimplePathEnumeration(int length, int cap)
    {
        public readonly int Length = length;
        public readonly int Cap = cap;
        public readonly int[] Nodes = new int[length + 1];
        public readonly int[] Strengths = new int[length];
        public int[]? BestNodes;
        public int[]? BestStrengths;
        private int bestWeakest = -1;
        private int bestTotal = -1;

        public void Consider(int weakest, int total)
        {
            if (BestNodes is not null)
            {
                var order = PathRanking.Compare(Length, weakest, total, Nodes, Length, bestWeakest, bestTotal, BestNodes);
                if (order >= 0)
                {
                    return;
                }
            }

            BestNodes = (int[])Nodes.Clone();
            BestStrengths = (int[])Strengths.Clone();
            bestWeakest = weakest;
            bestTotal = total;
        }
    }
}
