using GoSmart.Graph.Api.Hosting;
using GoSmart.Graph.Neo4j;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GoSmart.Graph.Tests.Neo4j;

/// <summary>
/// The parity checks against a real Neo4j at NEO4J_URI (database NEO4J_DATABASE, which they EMPTY; NEO4J_USER and
/// NEO4J_PASSWORD when asked). scripts/test.sh runs them only when NEO4J_URI is set; run on their own
/// (<c>--filter Category=Neo4jLive</c>) without it, they fail saying so.
/// </summary>
[Collection(SeededServiceGroup.Name)]
[Trait("Category", LiveNeo4j.Category)]
public sealed class Neo4jLiveTests(SeededService embedded, ITestOutputHelper output)
{
    [Fact]
    public async Task Store_reads_and_pushed_down_paths_match_the_embedded_store_after_every_batch()
    {
        var options = Required();

        var (reads, differences) = await LiveNeo4j.CompareStoresAsync(options, output.WriteLine);

        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.True(reads > 100, $"only {reads} reads were compared");
    }

    [Fact]
    public async Task Service_seeded_on_neo4j_answers_every_parity_query_and_paths_as_the_embedded_service()
    {
        var options = Required();
        await LiveNeo4j.EmptyAsync(options);
        await using var factory = new GraphServiceFactory(settings: new Dictionary<string, string?>
        {
            ["GraphStore:Provider"] = "Neo4j",
            ["Neo4j:Uri"] = options.Uri!.ToString(),
            ["Neo4j:Database"] = options.Database,
            ["Neo4j:User"] = options.User,
            ["Neo4j:Password"] = options.Password,
            ["Neo4j:RequestTimeout"] = "00:05:00",
            ["Neo4j:MaxExecutionTime"] = "00:05:00",
        });
        var live = new GraphQLClient(factory.CreateClient());

        foreach (var query in Neo4jServiceParityTests.Queries().Cast<object[]>().Select(row => (string)row[0]))
        {
            var expected = await embedded.Client.QueryAsync(query);
            var actual = await live.QueryAsync(query);
            Assert.True(expected.ToJsonString() == actual.ToJsonString(), $"{query}\nembedded: {expected.ToJsonString()}\nneo4j:    {actual.ToJsonString()}");
        }

        var seed = await embedded.Factory.Services.GetRequiredService<GraphStoreHolder>().Store.GetSnapshotAsync(CancellationToken.None);
        await PathQueryParity.AssertSameAsync(embedded.Client, live, seed, output);
    }

    private static Neo4jOptions Required() => LiveNeo4j.FromEnvironment() ?? throw new Xunit.Sdk.XunitException(LiveNeo4j.Missing);
}
