using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GoSmart.Graph.Tests.Neo4j;

/// <summary>
/// Neo4j unreachable or failing: the service starts not ready, answers STORE_UNAVAILABLE with the request id and
/// nothing of Neo4j's address, database or messages (health is public too), logs those once per failure without a
/// stack, and recovers by itself.
/// </summary>
public sealed class Neo4jUnavailableTests
{
    private const string SecretDatabase = "brokers7x";

    private const string ServerMessage = "Index population failed: CREATE FULLTEXT INDEX actor_names FOR (a:Actor) ON EACH [a.name]";

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
        Assert.Contains("Neo4j is not available", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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

    [Fact]
    public async Task Unreachable_neo4j_tells_clients_the_code_and_request_id_and_only_the_log_where_it_is()
    {
        var port = FreePort();
        var logs = new CapturingLoggerProvider();
        using var factory = Neo4jService($"http://127.0.0.1:{port}", logs);
        var client = new GraphQLClient(factory.CreateClient());

        var answer = await client.PostAsync("{ stats { actors } regions { code } }");
        var ready = await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        var requestId = await AssertCodedAndSilentAsync(answer, port.ToString(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(port.ToString(CultureInfo.InvariantCulture), await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(SecretDatabase, await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var line = Assert.Single(logs.Lines, l => l.Contains("Graph store failure", StringComparison.Ordinal) && l.Contains(requestId, StringComparison.Ordinal));
        Assert.StartsWith("Warning ", line, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains(SecretDatabase, line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at GoSmart.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neo4j_answering_errors_at_start_tells_clients_the_code_and_request_id_and_the_log_its_message()
    {
        await using var server = await QueryApiTestServer.StartAsync();
        await server.SetFaultsAsync(new { kind = "error", code = "Neo.DatabaseError.Schema.IndexCreationFailed", message = ServerMessage, count = 1_000, statement = "CREATE FULLTEXT INDEX" });
        var logs = new CapturingLoggerProvider();
        using var factory = Neo4jService(server.Uri.ToString(), logs);
        var client = new GraphQLClient(factory.CreateClient());

        var answer = await client.PostAsync("{ stats { actors } }");
        var ready = await client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        var requestId = await AssertCodedAndSilentAsync(answer, server.Uri.Port.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.DoesNotContain("CREATE", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var line = Assert.Single(logs.Lines, l => l.Contains("Graph store failure", StringComparison.Ordinal) && l.Contains(requestId, StringComparison.Ordinal));
        Assert.Contains(ServerMessage, line, StringComparison.Ordinal);
        Assert.Contains(SecretDatabase, line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at GoSmart.", line, StringComparison.Ordinal);
        await server.SetFaultsAsync();
    }

    [Fact]
    public async Task Neo4j_answering_errors_to_reads_tells_clients_the_code_and_request_id_and_logs_each_failure_once()
    {
        await using var server = await QueryApiTestServer.StartAsync();
        var logs = new CapturingLoggerProvider();
        using var factory = Neo4jService(server.Uri.ToString(), logs);
        var client = new GraphQLClient(factory.CreateClient());
        await factory.Services.GetRequiredService<IGraphStore>().ApplyAsync(TestGraphs.Partners(), CancellationToken.None);
        await server.SetFaultsAsync(new { kind = "error", code = "Neo.DatabaseError.General.UnknownError", message = ServerMessage, count = 1_000, statement = "RETURN a {.*} AS node" });

        var answer = await client.PostAsync("""{ a: actor(id: "actor:a") { name } b: actor(id: "actor:b") { name } c: actor(id: "actor:c") { name } }""");

        var requestId = await AssertCodedAndSilentAsync(answer, server.Uri.Port.ToString(CultureInfo.InvariantCulture), errors: 3);
        var line = Assert.Single(logs.Lines, l => l.Contains(ServerMessage, StringComparison.Ordinal));
        Assert.StartsWith("Error ", line, StringComparison.Ordinal);
        Assert.Contains(requestId, line, StringComparison.Ordinal);
        Assert.Contains($"{server.Uri.Authority}", line, StringComparison.Ordinal);
        Assert.Contains(SecretDatabase, line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at GoSmart.", line, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Unhandled error", StringComparison.Ordinal));
        await server.SetFaultsAsync();
    }

    private static GraphServiceFactory Neo4jService(string uri, CapturingLoggerProvider logs) =>
        new(seed: false, settings: new Dictionary<string, string?>
        {
            ["GraphStore:Provider"] = "Neo4j",
            ["GraphStore:RetryInterval"] = "00:00:00.200",
            ["Neo4j:Uri"] = uri,
            ["Neo4j:Database"] = SecretDatabase,
            ["Neo4j:MaxRetries"] = "1",
            ["Neo4j:RetryDelay"] = "00:00:00.010",
        }, configureServices: services => services.AddSingleton<ILoggerProvider>(logs));

    /// <summary>Every error is STORE_UNAVAILABLE and quotes the response's X-Request-Id; nothing of Neo4j's address, database or messages reaches the client.</summary>
    private static async Task<string> AssertCodedAndSilentAsync(HttpResponseMessage answer, string port, int errors = 0)
    {
        var requestId = Assert.Single(answer.Headers.GetValues("X-Request-Id"));
        var body = await answer.Content.ReadAsStringAsync();
        var messages = JsonNode.Parse(body)!["errors"]!.AsArray();
        if (errors > 0)
        {
            Assert.Equal(errors, messages.Count);
        }

        Assert.NotEmpty(messages);
        Assert.All(messages, e =>
        {
            Assert.Equal("STORE_UNAVAILABLE", e!["extensions"]!["code"]!.GetValue<string>());
            Assert.Contains(requestId, e["message"]!.GetValue<string>(), StringComparison.Ordinal);
        });
        foreach (var secret in new[] { port, "127.0.0.1", SecretDatabase, "CREATE", "FULLTEXT", "Neo.DatabaseError", "Index population", "http://" })
        {
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        }

        return requestId;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
