using System.Net;
using System.Net.Sockets;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Neo4j;

/// <summary>Neo4j unreachable at start-up: the service starts not ready, says why, answers STORE_UNAVAILABLE, and recovers by itself.</summary>
public sealed class Neo4jUnavailableTests
{
    [Fact]
    public async Task Service_starts_without_neo4j_and_recovers_when_it_returns()
    {
        var port = FreePort();
        using var factory = new GraphServiceFactory(seed: false, settings: new Dictionary<string, string?>
        {
            ["GraphStore:Provider"] = "Neo4j",
            ["GraphStore:RetryInterval"] = "00:00:00.200",
            ["Neo4j:Uri"] = $"http://127.0.0.1:{port}",
            ["Neo4j:MaxRetries"] = "1",
            ["Neo4j:RetryDelay"] = "00:00:00.010",
        });
        var client = new GraphQLClient(factory.CreateClient());

        var ready = await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var live = await client.Http.GetAsync(new Uri("/health/live", UriKind.Relative));
        var answer = await client.PostAsync("{ stats { actors } }");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains($"Neo4j at http://127.0.0.1:{port}/", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(["STORE_UNAVAILABLE"], await GraphQLClient.ErrorCodesAsync(answer));

        await using var server = await QueryApiTestServer.StartAsync(port: port);
        var recovered = false;
        for (var i = 0; i < 300 && !recovered; i++)
        {
            recovered = (await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK;
            if (!recovered)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(recovered, "the service did not become ready after Neo4j came back");
        var data = await client.DataAsync("{ stats { actors } }");
        Assert.Equal(0, data["stats"]!["actors"]!.GetValue<int>());
    }

    [Fact]
    public async Task Neo4j_failing_after_start_gives_store_unavailable_through_the_batch_loaders_then_answers_again()
    {
        await using var server = await QueryApiTestServer.StartAsync();
        using var factory = new GraphServiceFactory(seed: false, settings: new Dictionary<string, string?>
        {
            ["GraphStore:Provider"] = "Neo4j",
            ["Neo4j:Uri"] = server.Uri.ToString(),
            ["Neo4j:MaxRetries"] = "1",
            ["Neo4j:RetryDelay"] = "00:00:00.010",
        });
        var client = new GraphQLClient(factory.CreateClient());
        await factory.Services.GetRequiredService<IGraphStore>().ApplyAsync(TestGraphs.Partners(), CancellationToken.None);
        const string query = """{ actor(id: "actor:a") { name region { code } collaborators(first: 2) { edges { node { name } } } } }""";
        await server.SetFaultsAsync(new { kind = "status", status = 503, count = 50 });

        var failed = await client.PostAsync(query);
        await server.SetFaultsAsync();
        var answered = await client.DataAsync(query);

        Assert.Contains("STORE_UNAVAILABLE", await GraphQLClient.ErrorCodesAsync(failed));
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", await GraphQLClient.ErrorCodesAsync(failed));
        Assert.Equal("Białystok University of Technology", answered["actor"]!["name"]!.GetValue<string>());
        Assert.Equal("PL84", answered["actor"]!["region"]!["code"]!.GetValue<string>());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
