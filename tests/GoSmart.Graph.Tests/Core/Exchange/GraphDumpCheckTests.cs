using GoSmart.Graph.Core.Exchange;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Exchange;

public sealed class GraphDumpCheckTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task CheckAsync_actor_in_a_missing_region_and_project_with_a_missing_domain_are_problems()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        await store.ApplyAsync(
            new GraphBuilder().StandardRegions().Domain("agri-food").Actor("a").Actor("b", region: "region:FR10")
                .Actor(new Actor("actor:c", "C", ActorKind.Company, "PL", "region:PL84")).Build(),
            Ct);
        await store.ApplyAsync(new() { Projects = [new Project("project:p") { S3DomainIds = ["domain:agri-food", "domain:space"] }] }, Ct);

        var result = await GraphDumpCheck.CheckAsync(store, store, Ct);

        Assert.False(result.IsConsistent);
        Assert.Equal(2, result.ProblemCount);
        Assert.Contains("actor actor:b is located in region:FR10, which is not a stored region", result.Problems);
        Assert.Contains("project project:p names domain domain:space, which is not stored", result.Problems);
    }
}
