using System.Diagnostics;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// The real service on the Neo4j store (<c>GraphStore:Provider=Neo4j</c>), backed by the Query API test
/// server, seeded from the repository's seed/ at start-up; <see cref="SeedTime"/> is how long that took.
/// </summary>
public sealed class Neo4jSeededService : IAsyncLifetime
{
    public QueryApiTestServer Server { get; private set; } = null!;

    public GraphServiceFactory Factory { get; private set; } = null!;

    public GraphQLClient Client { get; private set; } = null!;

    public TimeSpan SeedTime { get; private set; }

    public async Task InitializeAsync()
    {
        Server = await QueryApiTestServer.StartAsync();
        Factory = new GraphServiceFactory(settings: new Dictionary<string, string?>
        {
            ["GraphStore:Provider"] = "Neo4j",
            ["Neo4j:Uri"] = Server.Uri.ToString(),
            ["Neo4j:Database"] = "seeded",
            ["Neo4j:RequestTimeout"] = "00:05:00",
            ["Neo4j:MaxExecutionTime"] = "00:05:00",
        });
        var clock = Stopwatch.StartNew();
        Client = new GraphQLClient(Factory.CreateClient());
        SeedTime = clock.Elapsed;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Server.DisposeAsync();
    }
}
