using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>
/// Reads from a <see cref="IPathCorridorSource"/> only the part of the graph a path of at most L hops from s to t
/// can use, as a small <see cref="GraphSnapshot"/> on which <see cref="YenKShortestPaths"/> returns exactly the
/// paths it returns on the whole graph. Bidirectional breadth-first expansion, one source call per level,
/// always from the end with the smaller frontier; at most L levels, O(rows read).
/// </summary>
/// <remarks>
/// Distances are taken in the graph a path may travel (allowed steps, allowed intermediaries, never through the
/// other end). A node v at position i of a path of ℓ ≤ L hops has dist(s, v) ≤ i and dist(v, t) ≤ ℓ − i. After
/// expanding s to radius r_s and t to radius r_t with r_s + r_t = L − 2, every step (v_i, v_i+1) has v_i within
/// r_s of s (when i ≤ r_s) or v_i+1 within r_t of t (otherwise, as ℓ − i − 1 ≤ L − r_s − 2): every step of every
/// path was read. A node is kept when its two distances (exact where expanded, else the lower bound r + 2) sum to
/// at most L, which every node of a path does; so a frontier actor beyond that sum is not expanded (all the
/// distances are then taken without it, which no path needs); the last level reads only steps to actors already
/// reached (an actor it would reach first lies L + 1 from the ends in all); and once one side has nothing left to expand, every
/// actor of every path but the far end has been expanded from it and the reading stops. The ranking reads only a
/// path's own steps, and node order follows
/// the ids in both snapshots, so the k best paths are the same. Shared-domain steps are not read (every pair of
/// actors in a domain is one): <see cref="Supports"/> is false for them.
/// </remarks>
public static class PathCorridor
{
    /// <summary>How many times <see cref="FindAsync"/> searches when writes keep moving the graph version under it.</summary>
    public const int VersionAttempts = 3;

    private const int Unreached = int.MaxValue / 4;

    /// <summary>False when the constraints allow shared-domain steps, which a corridor does not read.</summary>
    public static bool Supports(PathConstraints constraints)
    {
        ArgumentNullException.ThrowIfNull(constraints);
        return !constraints.Via.Contains(RelationKind.SharedDomain);
    }

    /// <summary>
    /// <see cref="YenKShortestPaths"/>' answer on the whole graph, from corridors only: the corridor of paths of at most
    /// 1, 2, … hops in turn, until one holds k paths or the hop limit is reached. Paths rank by hops first, so when the
    /// paths of at most h hops number k or more, the k best are among them; a short answer never reads the long corridor.
    /// </summary>
    /// <remarks>
    /// The corridors are read over several calls, so the graph version is read before and after: when a write moved
    /// it meanwhile, the search runs again (at most <see cref="VersionAttempts"/> times in all; on a graph that keeps
    /// changing the last answer is returned, as a single read-committed query would give). The row budget counts
    /// every attempt.
    /// </remarks>
    /// <returns>The paths and the corridor they are found in (their node positions and tie indexes point into it).</returns>
    /// <exception cref="PathCorridorLimitException">More than <paramref name="maxRows"/> steps would be read in all.</exception>
    public static async Task<(GraphSnapshot Corridor, IReadOnlyList<CollaborationPath> Paths)> FindAsync(
        IPathCorridorSource source, Actor from, Actor to, int k, int maxHops, PathConstraints constraints, int maxRows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        var budget = new Budget(maxRows);
        for (var attempt = 1; ; attempt++)
        {
            var version = await source.GetVersionAsync(cancellationToken).ConfigureAwait(false);
            var found = await DeepenAsync(source, from, to, k, maxHops, constraints, budget, cancellationToken).ConfigureAwait(false);
            if (attempt == VersionAttempts || await source.GetVersionAsync(cancellationToken).ConfigureAwait(false) == version)
            {
                return found;
            }
        }
    }

    private static async Task<(GraphSnapshot Corridor, IReadOnlyList<CollaborationPath> Paths)> DeepenAsync(
        IPathCorridorSource source, Actor from, Actor to, int k, int maxHops, PathConstraints constraints, Budget budget, CancellationToken cancellationToken)
    {
        for (var hops = 1; ; hops++)
        {
            var corridor = await ReadAsync(source, from, to, hops, constraints, budget, cancellationToken).ConfigureAwait(false);
            var paths = YenKShortestPaths.Find(corridor, from.Id, to.Id, k, hops, constraints, cancellationToken);
            if (paths.Count >= k || hops >= maxHops)
            {
                return (corridor, paths);
            }
        }
    }

    /// <summary>The corridor of every path of at most <paramref name="maxHops"/> steps from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <exception cref="PathCorridorLimitException">More than <paramref name="maxRows"/> steps would be read.</exception>
    public static Task<GraphSnapshot> ReadAsync(
        IPathCorridorSource source, Actor from, Actor to, int maxHops, PathConstraints constraints, int maxRows, CancellationToken cancellationToken) =>
        ReadAsync(source, from, to, maxHops, constraints, new Budget(maxRows), cancellationToken);

    private static async Task<GraphSnapshot> ReadAsync(
        IPathCorridorSource source, Actor from, Actor to, int maxHops, PathConstraints constraints, Budget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        if (!Supports(constraints))
        {
            throw new ArgumentException("A corridor does not read shared-domain steps; search the snapshot.", nameof(constraints));
        }

        var query = new CorridorQuery(from.Id, to.Id, constraints);
        var forward = new Side(from.Id);
        var backward = new Side(to.Id);
        var actors = new Dictionary<string, CorridorStep>(StringComparer.Ordinal);
        var ties = new Dictionary<(string, string), CorridorStep>();
        var memberships = new HashSet<(string, string)>();
        for (var level = 0; level < maxHops; level++)
        {
            // A frontier actor whose distances from both ends already sum beyond maxHops is on no path: not expanded.
            forward.Prune(backward, maxHops);
            backward.Prune(forward, maxHops);

            // An exhausted side has read every step of every path (each path's actors but the far end were expanded).
            if (forward.Frontier.Count == 0 || backward.Frontier.Count == 0)
            {
                break;
            }

            // The smaller frontier costs fewer rows.
            var side = backward.Frontier.Count < forward.Frontier.Count ? backward : forward;
            var other = side == forward ? backward : forward;

            // The radii now sum to L - 3: an actor first reached by this last level would lie L + 1 from the ends in all.
            var within = level == maxHops - 1
                ? forward.Distance.Keys.Union(backward.Distance.Keys, StringComparer.Ordinal)
                    .Where(id => Math.Min(side.Bound(id), side.Radius + 2) + other.Bound(id) <= maxHops).ToList()
                : null;
            var limit = (int)Math.Min((long)budget.MaxRows - budget.Read + 1, int.MaxValue);
            var steps = await source.ExpandAsync(side.Frontier, query, within, limit, cancellationToken).ConfigureAwait(false);
            budget.Read += steps.Count;
            if (budget.Read > budget.MaxRows)
            {
                throw new PathCorridorLimitException($"A path search may read at most {budget.MaxRows} steps; this one needs more.") { MaxRows = budget.MaxRows };
            }

            var next = new List<string>();
            foreach (var step in steps)
            {
                actors.TryAdd(step.To, step);
                if (step.Relation == RelationKind.Collaboration)
                {
                    ties.TryAdd(Key(step.From, step.To), step);
                }
                else
                {
                    memberships.Add(Key(step.From, step.To));
                }

                if (side.Distance.TryAdd(step.To, side.Radius + 2) && !string.Equals(step.To, other.End, StringComparison.Ordinal))
                {
                    next.Add(step.To);
                }
            }

            side.Frontier = next;
            side.Radius++;
        }

        return Build(from, to, maxHops, constraints, forward, backward, actors, ties, memberships);
    }

    private static GraphSnapshot Build(
        Actor from, Actor to, int maxHops, PathConstraints constraints, Side forward, Side backward,
        Dictionary<string, CorridorStep> actors, Dictionary<(string, string), CorridorStep> ties, HashSet<(string, string)> memberships)
    {
        var builder = new GraphSnapshotBuilder(0);
        var local = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [from.Id] = builder.AddActor(from.Id, from.Kind, from.Country, from.RegionId),
            [to.Id] = builder.AddActor(to.Id, to.Kind, to.Country, to.RegionId),
        };
        var domain = constraints.IntermediaryDomain;
        if (domain is not null)
        {
            builder.AddDomainId(domain);
        }

        foreach (var (id, seen) in actors)
        {
            if (local.ContainsKey(id) || forward.Bound(id) + backward.Bound(id) > maxHops)
            {
                continue;
            }

            var node = builder.AddActor(id, seen.ToKind, seen.ToCountry, seen.ToRegionId);
            local[id] = node;
            if (domain is not null && seen.ToInDomain)
            {
                builder.AddDomain(node, domain, 1);
            }
        }

        foreach (var ((a, b), tie) in ties)
        {
            if (local.TryGetValue(a, out var x) && local.TryGetValue(b, out var y))
            {
                builder.AddTie(x, y, tie.Weight, tie.FirstYear, tie.LastYear, tie.Declared);
            }
        }

        foreach (var (a, b) in memberships)
        {
            if (local.TryGetValue(a, out var x) && local.TryGetValue(b, out var y))
            {
                builder.AddMembership(x, y);
            }
        }

        return builder.Build();
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    /// <summary>The steps one search may read, and has read, over all its corridors.</summary>
    private sealed class Budget(int maxRows)
    {
        public int MaxRows { get; } = maxRows;

        public long Read { get; set; }
    }

    /// <summary>One end's expansion: exact distances of the actors reached so far, the frontier still to expand.</summary>
    private sealed class Side
    {
        public Side(string end)
        {
            End = end;
            Distance = new Dictionary<string, int>(StringComparer.Ordinal) { [end] = 0 };
            Frontier = [end];
        }

        public string End { get; }

        public Dictionary<string, int> Distance { get; }

        public List<string> Frontier { get; set; }

        /// <summary>The radius expanded so far (-1 before the first expansion): actors up to Radius + 1 away are known.</summary>
        public int Radius { get; set; } = -1;

        /// <summary>Drops the frontier actors that cannot be on a path of at most <paramref name="maxHops"/> steps.</summary>
        public void Prune(Side other, int maxHops)
        {
            if (Frontier.Count > 0)
            {
                Frontier = Frontier.FindAll(id => Radius + 1 + other.Bound(id) <= maxHops);
            }
        }

        /// <summary>The distance from this end, or a lower bound for an actor not reached: Radius + 2, or never once the side is exhausted.</summary>
        public int Bound(string id) => Distance.TryGetValue(id, out var d) ? d : Frontier.Count == 0 && Radius >= 0 ? Unreached : Radius + 2;
    }
}
