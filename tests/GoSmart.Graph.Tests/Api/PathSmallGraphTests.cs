using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Api;

/// <summary>Paths end to end on <see cref="TestGraphs.Partners"/>: memberships and declared ties the seed does not have.</summary>
public sealed class PathSmallGraphTests : IAsyncLifetime, IDisposable
{
    private readonly GraphServiceFactory _factory = new(seed: false);
    private GraphQLClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = new GraphQLClient(_factory.CreateClient());
        await _client.DataAsync("{ stats { actors } }");
        await _factory.Services.GetRequiredService<IGraphStore>().ApplyAsync(TestGraphs.Partners(), CancellationToken.None);
    }

    [Fact]
    public async Task Paths_step_through_a_declared_tie_with_the_brokers_note()
    {
        var data = await _client.DataAsync("""
            { paths(from: "actor:d", to: "actor:c", k: 3) {
                actors { id } steps { relation collaboration { weight declared declaredEvidence firstYear evidence { id } } } } }
            """);

        var path = data["paths"]![0]!;
        Assert.Equal(["actor:d", "actor:a", "actor:b", "actor:c"], path["actors"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        var declared = path["steps"]![0]!["collaboration"]!;
        Assert.True(declared["declared"]!.GetValue<bool>());
        Assert.Equal("met at Vidzeme Innovation Week", declared["declaredEvidence"]!.GetValue<string>());
        Assert.Equal(2019, declared["firstYear"]!.GetValue<int>());
        Assert.Equal(["project:p2", "project:p1"], path["steps"]![1]!["collaboration"]!["evidence"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Paths_through_a_membership_have_no_collaboration()
    {
        var data = await _client.DataAsync("""
            { only: paths(from: "actor:e", to: "actor:d", constraints: { via: [MEMBERSHIP] }) { hops steps { relation collaboration { weight } } }
              none: paths(from: "actor:e", to: "actor:d", maxHops: 1) { hops } }
            """);

        var step = data["only"]![0]!["steps"]![0]!;
        Assert.Equal("MEMBERSHIP", step["relation"]!.GetValue<string>());
        Assert.Null(step["collaboration"]);
        Assert.Empty(data["none"]!.AsArray());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();
}
