using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// A local server speaking Neo4j's Query API on 127.0.0.1, executing Cypher in the embedded engine
/// @grafeo-db/js (tests/neo4j-harness/query-api-server.mjs). Each database name is a separate graph.
/// Faults are injected through it: HTTP statuses, Neo4j error codes, dropped connections, slow answers.
/// </summary>
public sealed class QueryApiTestServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly HttpClient control = new();
    private readonly System.Text.StringBuilder errors = new();

    private QueryApiTestServer(Process process, Uri uri)
    {
        this.process = process;
        Uri = uri;
    }

    public Uri Uri { get; }

    public static async Task<QueryApiTestServer> StartAsync(string? user = null, string? password = null, int port = 0)
    {
        string[] args = user is null ? [$"--port={port}"] : [$"--port={port}", $"--user={user}", $"--password={password}"];
        var process = Process.Start(NodeHarness.Node("query-api-server.mjs", args))
            ?? throw new InvalidOperationException("node did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null || !line.StartsWith("LISTENING ", StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The Query API test server did not start: {line} {await stderr}");
        }

        var listening = int.Parse(line["LISTENING ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        return new QueryApiTestServer(process, new Uri($"http://127.0.0.1:{listening}"));
    }

    /// <summary>Queues faults, each <c>{ kind: status|error|error202|drop|dropAfter|delay, status?, code?, message?, ms?, count?, path?, statement? }</c>.</summary>
    public async Task SetFaultsAsync(params object[] faults)
    {
        using var response = await control.PostAsJsonAsync(new Uri(Uri, "/_faults"), faults);
        response.EnsureSuccessStatusCode();
    }

    public async Task<JsonObject> StatsAsync() =>
        (JsonNode.Parse(await control.GetStringAsync(new Uri(Uri, "/_stats"))) as JsonObject)!;

    public async Task<long> StatAsync(string name) => (await StatsAsync())[name]!.GetValue<long>();

    public async ValueTask DisposeAsync()
    {
        control.Dispose();
        if (!process.HasExited)
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(5_000))
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
        await Task.CompletedTask;
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
