using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Neo4j;
using GoSmart.Graph.Neo4j.Http;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Neo4j;

/// <summary>
/// The Neo4j store against a real Neo4j, named by NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD and
/// NEO4J_DATABASE, a scratch database that is emptied). scripts/test.sh runs them only when NEO4J_URI is set.
/// </summary>
[Trait("Category", "LiveNeo4j")]
public sealed class Neo4jLiveTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Partners_graph_reads_the_same_from_a_real_neo4j_as_from_the_embedded_store()
    {
        var options = Options();
        using (var client = new QueryApiClient(options))
        {
            await client.RunAsync(new Statement("MATCH (n) DETACH DELETE n"), AccessMode.Write, Ct);
        }

        await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        await using var neo4j = await Neo4jGraphStore.OpenAsync(options, Ct);
        await embedded.ApplyAsync(TestGraphs.Partners(), Ct);
        await neo4j.ApplyAsync(TestGraphs.Partners(), Ct);

        var expected = await StoreDescription.DescribeAsync(embedded);
        var actual = await StoreDescription.DescribeAsync(neo4j);

        foreach (var key in expected.Keys)
        {
            Assert.True(expected[key] == actual[key], $"'{key}' differs.\nembedded: {expected[key]}\nneo4j: {actual[key]}");
        }
    }

    private static Neo4jOptions Options()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        var database = Environment.GetEnvironmentVariable("NEO4J_DATABASE");
        if (string.IsNullOrEmpty(uri) || string.IsNullOrEmpty(database))
        {
            throw new InvalidOperationException("Live Neo4j tests need NEO4J_URI and NEO4J_DATABASE (a scratch database: it is emptied).");
        }

        return new Neo4jOptions
        {
            Uri = new Uri(uri),
            Database = database,
            User = Environment.GetEnvironmentVariable("NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        };
    }
}
