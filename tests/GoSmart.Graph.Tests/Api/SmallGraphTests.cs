using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Api;

/// <summary>End to end on a small, hand-made graph: relationships the seed does not have.</summary>
public sealed class SmallGraphTests : IAsyncLifetime, IDisposable
{
    private readonly GraphServiceFactory _factory = new(seed: false);
    private GraphQLClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = new GraphQLClient(_factory.CreateClient());
        await _client.DataAsync("{ stats { actors } }");
        await _factory.Services.GetRequiredService<IGraphStore>().ApplyAsync(
            new GraphBuilder()
                .StandardRegions()
                .Actor("cluster", "Podlaskie Food Cluster", ActorKind.Intermediary, "PL", "region:PL84")
                .Actor("dairy", "Dairy SME", ActorKind.Company, "PL", "region:PL84", sme: true)
                .Actor("bakery", "Bakery SME", ActorKind.Company, "PL", "region:PL84", sme: true)
                .Member("dairy", "cluster")
                .Member("bakery", "cluster")
                .Build(),
            CancellationToken.None);
    }

    [Fact]
    public async Task Actor_memberships_show_both_ways()
    {
        var data = await _client.DataAsync("""
            { cluster: actor(id: "actor:cluster") { members { id } memberOf { id } }
              dairy: actor(id: "actor:dairy") { memberOf { name } members { id } } }
            """);

        Assert.Equal(["actor:bakery", "actor:dairy"], data["cluster"]!["members"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Empty(data["cluster"]!["memberOf"]!.AsArray());
        Assert.Equal("Podlaskie Food Cluster", data["dairy"]!["memberOf"]![0]!["name"]!.GetValue<string>());
        Assert.Empty(data["dairy"]!["members"]!.AsArray());
    }

    [Fact]
    public async Task Region_children_and_parent_agree()
    {
        var data = await _client.DataAsync("""{ region(code: "PL") { children { code parent { code } } } }""");

        var child = data["region"]!["children"]![0]!;
        Assert.Equal("PL84", child["code"]!.GetValue<string>());
        Assert.Equal("PL", child["parent"]!["code"]!.GetValue<string>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();
}
