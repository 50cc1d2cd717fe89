namespace GoSmart.Graph.Api.Hosting;

/// <summary>Which store the service runs on and where its data lives (section <c>GraphStore</c>).</summary>
public sealed class GraphStoreOptions
{
    public const string Section = "GraphStore";

    /// <summary><c>Embedded</c> (default): a SQLite file plus an in-memory index; <c>Neo4j</c>: the section <c>Neo4j</c> says where.</summary>
    public string Provider { get; set; } = "Embedded";

    /// <summary>Folder of the embedded store's files; a relative one is under the content root (the service's own folder), not the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Folder of the seed data (a relative one is under the content root); by default the <c>seed</c> folder copied beside the service.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>Load the seed when the store starts empty.</summary>
    public bool SeedWhenEmpty { get; set; } = true;

    /// <summary>How often a store that could not be opened (Neo4j unreachable) is tried again.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(5);
}
