using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>
/// Brokerage profiles of actors, read from whole-graph scores that are computed once per graph version
/// (per grouping for Gould–Fernandez, once for Burt, once for betweenness) and shared between callers.
/// Betweenness, the costly one (O(n·m)), is computed only when asked for.
/// </summary>
public sealed class BrokerageAnalyzer(BrokerageOptions options)
{
    private readonly VersionedComputationCache<BrokerageGrouping, (GouldFernandezScores Scores, int[] Groups, IReadOnlyList<string> Labels)> roles = new();
    private readonly VersionedComputationCache<bool, StructuralHoleScores> holes = new();
    private readonly VersionedComputationCache<bool, double[]> betweenness = new();

    /// <summary>How many whole-graph computations have started (roles, Burt, betweenness).</summary>
    public int Computations => roles.Computations + holes.Computations + betweenness.Computations;

    /// <summary>The profile of the actor, or null when the snapshot has no such actor.</summary>
    public async Task<BrokerageProfile?> ProfileAsync(GraphSnapshot snapshot, string actorId, BrokerageGrouping groupBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var node = snapshot.IndexOf(actorId);
        if (node < 0)
        {
            return null;
        }

        var rolesTask = roles.GetAsync(snapshot.Version, groupBy, ct => ComputeRoles(snapshot, groupBy, ct), cancellationToken);
        var holesTask = holes.GetAsync(snapshot.Version, true, ct => ComputeHoles(snapshot, ct), cancellationToken);
        var (scores, groups, labels) = await rolesTask.ConfigureAwait(false);
        var burt = await holesTask.ConfigureAwait(false);
        return new BrokerageProfile(
            actorId,
            groupBy,
            labels[groups[node]],
            scores.Of(node),
            NullIfNaN(burt.Constraint[node]),
            NullIfNaN(burt.EffectiveSize[node]),
            NullIfNaN(burt.Efficiency[node]));
    }

    /// <summary>The actor's normalised betweenness (see <see cref="BrandesBetweenness"/>), or null when the snapshot has no such actor.</summary>
    public async Task<double?> BetweennessAsync(GraphSnapshot snapshot, string actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var node = snapshot.IndexOf(actorId);
        if (node < 0)
        {
            return null;
        }

        var all = await betweenness.GetAsync(snapshot.Version, true, ct => ComputeBetweenness(snapshot, ct), cancellationToken).ConfigureAwait(false);
        return all[node];
    }

    /// <summary>Burt's measures of every actor with the configured weighting, uncached.</summary>
    public StructuralHoleScores ComputeHoles(GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return BurtStructuralHoles.Compute(snapshot, options.WeightedStructuralHoles ? snapshot.Weights : null, cancellationToken);
    }

    /// <summary>Betweenness of every actor, exact or with the configured pivots, uncached.</summary>
    public double[] ComputeBetweenness(GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var pivots = options.BetweennessPivots is > 0 ? options.BetweennessPivots : null;
        return BrandesBetweenness.Compute(snapshot, pivots, options.BetweennessSeed, cancellationToken);
    }

    public static (GouldFernandezScores Scores, int[] Groups, IReadOnlyList<string> Labels) ComputeRoles(GraphSnapshot snapshot, BrokerageGrouping groupBy, CancellationToken cancellationToken)
    {
        var (groups, labels) = ActorGroups.Assign(snapshot, groupBy);
        return (GouldFernandezBrokerage.Compute(ArcGraph.Undirected(snapshot), groups, cancellationToken), groups, labels);
    }

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;
}
