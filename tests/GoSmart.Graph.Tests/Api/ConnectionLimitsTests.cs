using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api;

/// <summary>Open connections per client and in all, on a real Kestrel socket: past a limit, a short HTTP 503 and the connection closed.</summary>
public sealed class ConnectionLimitsTests
{
    [Fact]
    public async Task Connections_past_the_per_client_limit_get_503_while_another_address_is_served()
    {
        using var factory = new GraphServiceFactory(seed: false, settings: new Dictionary<string, string?>
        {
            ["Limits:Connections:MaxConnectionsPerClient"] = "3",
            ["Limits:Clients:LoopbackIsOneHost"] = "false",
        });
        var client = new GraphQLClient(factory.CreateClient());
        var service = client.Http.BaseAddress!;
        var held = new List<RawHttpConnection>();
        for (var i = 0; i < 3; i++)
        {
            held.Add(await RawHttpConnection.OpenAsync(service, "127.0.0.2"));
            Assert.Equal(200, (await held[^1].GetAsync("/health/live")).Status);
        }

        using var refused = await RawHttpConnection.OpenAsync(service, "127.0.0.2");
        var answer = await refused.GetAsync("/health/live");
        using var other = await RawHttpConnection.OpenAsync(service, "127.0.0.3");
        var otherAnswer = await other.GetAsync("/health/live");
        var data = await client.DataAsync("{ stats { actors } }");

        Assert.Equal(503, answer.Status);
        Assert.Equal("close", answer.Headers["Connection"]);
        Assert.Equal("RATE_LIMITED", answer.ErrorCode);
        Assert.Contains("per client", answer.Body, StringComparison.Ordinal);
        Assert.Equal(200, otherAnswer.Status);
        Assert.Equal(0, data["stats"]!["actors"]!.GetValue<int>());
        held.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task Loopback_addresses_are_one_client_for_connections()
    {
        using var factory = new GraphServiceFactory(seed: false, settings: new Dictionary<string, string?> { ["Limits:Connections:MaxConnectionsPerClient"] = "2" });
        var service = factory.CreateClient().BaseAddress!;
        using var first = await RawHttpConnection.OpenAsync(service, "127.0.0.2");
        using var second = await RawHttpConnection.OpenAsync(service, "127.0.0.3");
        await first.GetAsync("/health/live");
        await second.GetAsync("/health/live");

        using var third = await RawHttpConnection.OpenAsync(service, "127.0.0.4");
        var answer = await third.GetAsync("/health/live");

        Assert.Equal(503, answer.Status);
    }

    [Fact]
    public async Task Connections_past_the_total_limit_get_503()
    {
        using var factory = new GraphServiceFactory(seed: false, settings: new Dictionary<string, string?>
        {
            ["Limits:Connections:MaxConnections"] = "3",
            ["Limits:Clients:LoopbackIsOneHost"] = "false",
        });
        var service = factory.CreateClient().BaseAddress!;
        var held = new List<RawHttpConnection>();
        foreach (var address in new[] { "127.0.0.2", "127.0.0.3", "127.0.0.4" })
        {
            held.Add(await RawHttpConnection.OpenAsync(service, address));
            Assert.Equal(200, (await held[^1].GetAsync("/health/live")).Status);
        }

        using var refused = await RawHttpConnection.OpenAsync(service, "127.0.0.5");
        var answer = await refused.GetAsync("/health/live");
        held[0].Dispose();

        Assert.Equal(503, answer.Status);
        Assert.Equal("RATE_LIMITED", answer.ErrorCode);
        Assert.Contains("its limit", answer.Body, StringComparison.Ordinal);
        held.ForEach(c => c.Dispose());
    }
}
