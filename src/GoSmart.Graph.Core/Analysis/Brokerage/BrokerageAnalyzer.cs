using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>
/// Brokerage profiles of actors, read from whole-graph scores that are computed once per graph version
/// (per grouping for Gould–Fernandez, once for Burt and betweenness) and shared between callers.
/// </summary>
public sealed class BrokerageAnalyzer(BrokerageOptions options)
{
    private readonly VersionedComputationCache<BrokerageGrouping, (GouldFernandezScores Scores, int[] Groups, IReadOnlyList<string> Labels)> roles = new();
    private readonly VersionedComputationCache<bool, WholeGraphScores> structure = new();

    /// <summary>How many whole-graph computations have started (roles and structure).</summary>
    public int Computations => roles.Computations + structure.Computations;

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
        var structureTask = structure.GetAsync(snapshot.Version, true, ct => ComputeStructure(snapshot, ct), cancellationToken);
        var (scores, groups, labels) = await rolesTask.ConfigureAwait(false);
        var whole = await structureTask.ConfigureAwait(false);
        return new BrokerageProfile(
            actorId,
            groupBy,
            labels[groups[node]],
            scores.Of(node),
            NullIfNaN(whole.Holes.Constraint[node]),
            NullIfNaN(whole.Holes.EffectiveSize[node]),
            NullIfNaN(whole.Holes.Efficiency[node]),
            whole.Betweenness[node]);
    }

    /// <summary>Computes every whole-graph score for one snapshot, uncached (the benchmark's unit of work).</summary>
    public WholeGraphScores ComputeStructure(GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var pivots = options.BetweennessPivots is > 0 ? options.BetweennessPivots : null;
        var holes = BurtStructuralHoles.Compute(snapshot, options.WeightedStructuralHoles ? snapshot.Weights : null, cancellationToken);
        var betweenness = BrandesBetweenness.Compute(snapshot, pivots, options.BetweennessSeed, cancellationToken);
        return new WholeGraphScores(holes, betweenness);
    }

    public static (GouldFernandezScores Scores, int[] Groups, IReadOnlyList<string> Labels) ComputeRoles(GraphSnapshot snapshot, BrokerageGrouping groupBy, CancellationToken cancellationToken)
    {
        var (groups, labels) = ActorGroups.Assign(snapshot, groupBy);
        return (GouldFernandezBrokerage.Compute(ArcGraph.Undirected(snapshot), groups, cancellationToken), groups, labels);
    }

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;
}
