namespace GoSmart.Graph.Core.Storage;

/// <summary>
/// A store that can hand over everything it holds, for export, checksums and consistency checks.
/// Kept apart from <see cref="IGraphStore"/> so a store implements it only where it can stream its
/// contents; the service never needs it.
/// </summary>
public interface IGraphDump
{
    /// <summary>
    /// Every stored node and declared or stored relationship (derived COLLABORATES_WITH and ACTIVE_IN
    /// excepted: they follow from the rest), as batches of at most <paramref name="chunkSize"/> records of
    /// one kind, in the order a batch may be applied: regions, domains, actors, projects, participations,
    /// declared collaborations, memberships, declared domains, region priorities. Within a kind records
    /// come sorted by key, so two stores holding the same graph give the same sequence.
    /// </summary>
    IAsyncEnumerable<GraphBatch> ReadAllAsync(int chunkSize, CancellationToken cancellationToken);
}
