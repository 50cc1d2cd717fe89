namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>Settings of the embedded store: where its SQLite file lives.</summary>
public sealed record EmbeddedStoreOptions
{
    /// <summary>The folder of <c>gosmart.db</c>; created when missing.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Batches touching more actors than this recompute derived ties in parallel over all touched actors.</summary>
    public int ParallelRecomputeThreshold { get; init; } = 2_000;

    /// <summary>Most actors, projects and domains each kept in the read cache.</summary>
    public int RecordCacheCapacity { get; init; } = 100_000;

    public string DatabasePath => Path.Combine(DataDirectory, "gosmart.db");
}
