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

    /// <summary>
    /// Opens from the index image kept in the store file when it is of the file's version, and saves a new
    /// image when it is not (a first open after an import or after writes), so the next open is quick.
    /// </summary>
    public bool UseIndexImage { get; init; } = true;

    /// <summary>
    /// How long opening waits for another process to let go of the store (a service still shutting down while
    /// its successor starts) before it gives up with <see cref="StoreLockedException"/>.
    /// </summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Called once when the store is held elsewhere and opening starts to wait for it, so a host can say why its start stalls.</summary>
    public Action? WaitingForLock { get; init; }

    /// <summary>
    /// SQLite's <c>max_page_count</c> on the writing connection (none by default: the disk is the limit). SQLite then
    /// answers a write that would grow the file past it with SQLITE_FULL, exactly as on a full disk, which is what
    /// tests use it for; a value below the file's size stops it growing at all.
    /// </summary>
    public long? MaxPageCount { get; init; }

    public string DatabasePath => Path.Combine(DataDirectory, "gosmart.db");
}
