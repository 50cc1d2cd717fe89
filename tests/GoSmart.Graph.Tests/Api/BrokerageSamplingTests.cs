using GoSmart.Graph.Core.Analysis.Brokerage;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Api;

/// <summary>On its own service: configured to sample betweenness from seeded pivots.</summary>
public sealed class BrokerageSamplingTests : IAsyncLifetime, IDisposable
{
    private readonly GraphServiceFactory _factory = new(seed: false, settings: new Dictionary<string, string?>
    {
        ["Brokerage:BetweennessPivots"] = "2",
        ["Brokerage:BetweennessSeed"] = "7",
    });

    private GraphQLClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = new GraphQLClient(_factory.CreateClient());
        await _factory.Services.GetRequiredService<IGraphStore>().ApplyAsync(TestGraphs.Partners(), CancellationToken.None);
    }

    [Fact]
    public async Task Brokerage_betweenness_uses_the_configured_pivots_and_seed()
    {
        var snapshot = await _factory.Services.GetRequiredService<IGraphStore>().GetSnapshotAsync(CancellationToken.None);
        var sampled = BrandesBetweenness.Compute(snapshot, 2, 7, CancellationToken.None);
        var exact = BrandesBetweenness.Compute(snapshot, null, 0, CancellationToken.None);
        var b = snapshot.IndexOf("actor:b");

        var data = await _client.DataAsync("""{ brokerage(actor: "actor:b") { betweenness } }""");

        Assert.NotEqual(exact[b], sampled[b]);
        Assert.Equal(sampled[b], data["brokerage"]!["betweenness"]!.GetValue<double>(), 12);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();
}
