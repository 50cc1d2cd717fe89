using GoSmart.Graph.Core.Analysis.Brokerage;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Api;

/// <summary>On its own service: it writes to the store to move the graph version.</summary>
public sealed class BrokerageCachingTests : IAsyncLifetime, IDisposable
{
    private readonly GraphServiceFactory _factory = new(seed: false);
    private GraphQLClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = new GraphQLClient(_factory.CreateClient());
        await _factory.Services.GetRequiredService<IGraphStore>().ApplyAsync(TestGraphs.Partners(), CancellationToken.None);
    }

    [Fact]
    public async Task Brokerage_concurrent_first_requests_share_one_computation_and_a_write_starts_another()
    {
        var analyzer = _factory.Services.GetRequiredService<BrokerageAnalyzer>();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _client.DataAsync("""{ brokerage(actor: "actor:b") { total { count } betweenness } }""")));
        var afterFirst = analyzer.Computations;
        await _factory.Services.GetRequiredService<IGraphStore>().ApplyAsync(
            new GraphBuilder().Actor("g", "Newcomer", ActorKind.Company, "PL", "region:PL84").Build(), CancellationToken.None);
        var data = await _client.DataAsync("""{ brokerage(actor: "actor:b") { total { count } betweenness } }""");

        Assert.Equal(2, afterFirst);
        Assert.Equal(4, analyzer.Computations);
        Assert.True(data["brokerage"]!["betweenness"]!.GetValue<double>() > 0);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();
}
