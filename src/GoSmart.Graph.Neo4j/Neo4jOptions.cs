namespace GoSmart.Graph.Neo4j;

/// <summary>How the Neo4j store reaches its database over the HTTP Query API (section <c>Neo4j</c>).</summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>The HTTP(S) base address of the server, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>.</summary>
    public Uri? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>A bearer token (SSO); used instead of user and password when set.</summary>
    public string? BearerToken { get; set; }

    /// <summary>Longest one HTTP request may take, retries not counted.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest the server may run one statement (sent as <c>maxExecutionTime</c>).</summary>
    public TimeSpan MaxExecutionTime { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>Retries of a transient failure, after the first attempt.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>First back-off delay; it doubles on each retry, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Connections are replaced after this long, so DNS changes and cluster moves are followed.</summary>
    public TimeSpan PooledConnectionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Idle connections are closed before cloud load balancers drop them silently (they do at 20 minutes or less).</summary>
    public TimeSpan PooledConnectionIdleTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Rows per write statement (<c>UNWIND $rows</c>) and per page of a snapshot read.</summary>
    public int BatchSize { get; set; } = 2_000;

    /// <summary>How <c>paths</c> reads the graph: a corridor in Cypher (default) or the whole-graph snapshot.</summary>
    public PathSearchMode PathSearch { get; set; } = PathSearchMode.Pushdown;

    /// <summary>The most relationships one pushed-down path search may read; beyond it the query answers LIMIT_EXCEEDED.</summary>
    public int PathCorridorMaxRows { get; set; } = 100_000;
}
