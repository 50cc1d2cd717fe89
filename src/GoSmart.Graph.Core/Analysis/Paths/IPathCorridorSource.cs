namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>
/// A store that can hand out the neighbourhood of a set of actors step by step, so a path search reads only
/// the part of the graph a path can use (<see cref="PathCorridor"/>) instead of a whole-graph snapshot.
/// Kept apart from the store port, like <see cref="Storage.IGraphDump"/>: a store whose snapshot is local
/// has no reason to implement it.
/// </summary>
public interface IPathCorridorSource
{
    /// <summary>False when path searches should read the snapshot after all (a configuration switch).</summary>
    bool PushesDownPathSearch { get; }

    /// <summary>The most steps (rows) one path search may read; beyond it <see cref="PathCorridor"/> throws <see cref="PathCorridorLimitException"/>.</summary>
    int MaxCorridorRows { get; }

    /// <summary>
    /// The graph version (raised by every write). A corridor is read over several calls: when the version moved
    /// meanwhile, <see cref="PathCorridor.FindAsync"/> reads it again, so one search sees one version of the graph.
    /// </summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The steps out of <paramref name="actorIds"/> that a path under <paramref name="query"/> may take: collaborations
    /// passing the weight and year filters (and memberships when the path may travel them), to actors that are an end
    /// or an allowed intermediary. At most <paramref name="limit"/> steps; in no particular order.
    /// </summary>
    /// <param name="within">When not null, only the steps to these actors (the last level reaches no actor not seen before).</param>
    Task<IReadOnlyList<CorridorStep>> ExpandAsync(
        IReadOnlyCollection<string> actorIds, CorridorQuery query, IReadOnlyCollection<string>? within, int limit, CancellationToken cancellationToken);
}
