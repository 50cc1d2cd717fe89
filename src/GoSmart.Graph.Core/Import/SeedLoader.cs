using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Import;

/// <summary>Reads the seed folder and applies it to a store as one atomic batch.</summary>
public static class SeedLoader
{
    public static async Task<SeedSummary> LoadAsync(string seedDirectory, IGraphStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var seed = SeedReader.Read(seedDirectory);
        await store.ApplyAsync(seed.Batch, cancellationToken).ConfigureAwait(false);
        return Summarise(seed);
    }

    public static SeedSummary Summarise(SeedData seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var b = seed.Batch;
        return new SeedSummary(
            b.Regions.Count,
            b.Domains.Count,
            b.Actors.Count,
            b.Projects.Count,
            b.Participations.Count,
            b.RegionPriorities.Count,
            seed.SkippedRows.Count);
    }
}
