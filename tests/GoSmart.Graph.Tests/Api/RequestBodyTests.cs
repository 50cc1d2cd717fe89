using System.Net;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GoSmart.Graph.Tests.Api;

/// <summary>Bodies that trickle or are broken, answers too large, and requests beyond a client's share of places: coded answers, never an error log.</summary>
public sealed class RequestBodyTests : IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task Body_drip_fed_past_the_read_timeout_is_answered_408_timeout()
    {
        using var factory = Service(new() { ["GraphQLHttp:BodyReadTimeoutSeconds"] = "1" });
        using var connection = await RawHttpConnection.OpenAsync(factory.CreateClient().BaseAddress!);
        const string body = """{"query": "{ stats { actors } }", "padding": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}""";
        await connection.SendAsync($"POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n{body[..5]}");
        using var stop = new CancellationTokenSource();
        var drip = Task.Run(async () =>
        {
            // A byte every 200 ms: slower than any client should send, too few bytes to finish the body in time.
            for (var i = 5; i < body.Length - 1 && !stop.IsCancellationRequested; i++)
            {
                await connection.SendAsync(body[i].ToString());
                await Task.Delay(200, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        });

        var answer = await connection.ReadResponseAsync();
        await stop.CancelAsync();
        await drip.ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.Equal(408, answer.Status);
        Assert.Equal("TIMEOUT", answer.ErrorCode);
        Assert.Contains("BodyReadTimeoutSeconds", answer.Body, StringComparison.Ordinal);
        var errors = _logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Malformed_chunked_body_is_answered_400_and_not_logged_as_an_error()
    {
        using var factory = Service([]);
        using var connection = await RawHttpConnection.OpenAsync(factory.CreateClient().BaseAddress!);

        await connection.SendAsync("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{\"query\"\r\n0\r\n\r\n");
        var answer = await connection.ReadResponseAsync();

        Assert.Equal(400, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.ErrorCode);
        Assert.DoesNotContain(_logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Single(_logs.Lines, l => l.Contains("body refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_over_the_response_size_limit_is_limit_exceeded()
    {
        using var factory = Service(new() { ["GraphQLHttp:MaxResponseBytes"] = "2000" });
        var client = new GraphQLClient(factory.CreateClient());

        var small = await client.DataAsync("{ stats { actors } }");
        var large = await client.QueryAsync("{ __schema { types { name fields { name } } } }");

        Assert.Equal(0, small["stats"]!["actors"]!.GetValue<int>());
        Assert.Null(large["data"]);
        Assert.Equal("LIMIT_EXCEEDED", large["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("MaxResponseBytes", large["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_past_a_clients_places_is_429_while_its_first_runs()
    {
        HangingStatsStore? hanging = null;
        using var factory = Service(
            new()
            {
                ["Limits:Concurrency:MaxConcurrentRequestsPerClient"] = "1",
                ["Limits:Concurrency:MaxQueuedRequestsPerClient"] = "0",
                ["Limits:RequestTimeoutSeconds"] = "10",
            },
            inner =>
            {
                var (store, proxy) = HangingStatsStore.Wrap(inner);
                hanging = proxy;
                return store;
            });
        var client = new GraphQLClient(factory.CreateClient());
        _ = factory.Services.GetRequiredService<GoSmart.Graph.Core.Storage.IGraphStore>();

        var first = client.PostAsync("{ stats { actors } }");
        await hanging!.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await client.PostAsync("{ __typename }");
        var firstAnswer = await first;

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(["RATE_LIMITED"], await GraphQLClient.ErrorCodesAsync(second));
        Assert.Equal(["TIMEOUT"], await GraphQLClient.ErrorCodesAsync(firstAnswer));
        Assert.True(hanging.Cancelled.Task.IsCompleted);
    }

    private GraphServiceFactory Service(Dictionary<string, string?> settings, Func<GoSmart.Graph.Core.Storage.IGraphStore, GoSmart.Graph.Core.Storage.IGraphStore>? wrapStore = null) =>
        new(seed: false, settings: settings, wrapStore: wrapStore, configureServices: s => s.AddSingleton<ILoggerProvider>(_logs));
}
