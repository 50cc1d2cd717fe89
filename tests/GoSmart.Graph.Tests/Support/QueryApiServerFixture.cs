using GoSmart.Graph.Neo4j;

namespace GoSmart.Graph.Tests.Support;

/// <summary>One Query API test server shared by a collection; each test takes its own database name.</summary>
public sealed class QueryApiServerFixture : IAsyncLifetime
{
    private int databases;

    public QueryApiTestServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await QueryApiTestServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>Options for a new, empty database on the server; quick retries so fault tests stay short.</summary>
    public Neo4jOptions NewDatabase(string prefix = "test") => new()
    {
        Uri = Server.Uri,
        Database = $"{prefix}{Interlocked.Increment(ref databases)}",
        RetryDelay = TimeSpan.FromMilliseconds(20),
        MaxRetries = 4,
        RequestTimeout = TimeSpan.FromSeconds(60),
    };
}

[CollectionDefinition(Name)]
public sealed class QueryApiServerGroup : ICollectionFixture<QueryApiServerFixture>
{
    public const string Name = "Query API test server";
}
