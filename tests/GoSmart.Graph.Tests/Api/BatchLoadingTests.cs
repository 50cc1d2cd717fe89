using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api;

[Collection(SeededServiceGroup.Name)]
public sealed class BatchLoadingTests(SeededService service)
{
    [Fact]
    public async Task Page_of_100_actors_with_region_and_domains_makes_a_few_store_calls()
    {
        await service.Client.DataAsync("{ stats { actors } }");
        service.Store.Reset();

        var data = await service.Client.DataAsync("{ actors(first: 100) { edges { node { id name region { code name } s3Domains { id name } degree } } } }");

        Assert.Equal(100, data["actors"]!["edges"]!.AsArray().Count);
        var calls = service.Store.Calls;
        Assert.True(service.Store.TotalCalls <= 5, "store calls: " + string.Join(", ", calls.Select(c => $"{c.Key}={c.Value}")));
        Assert.Equal(1, calls.GetValueOrDefault("GetRegionsAsync"));
        Assert.Equal(1, calls.GetValueOrDefault("GetActorDomainsAsync"));
        Assert.Equal(1, calls.GetValueOrDefault("GetDomainsAsync"));
    }

    [Fact]
    public async Task Collaborators_with_evidence_batch_the_shared_projects()
    {
        await service.Client.DataAsync("{ stats { actors } }");
        service.Store.Reset();

        await service.Client.DataAsync("""{ actor(id: "actor:pic-999889193") { collaborators(first: 50) { edges { node { name region { code } } collaboration { weight evidence { acronym } } } } } }""");

        Assert.Equal(1, service.Store.Calls.GetValueOrDefault("GetSharedProjectsAsync"));
        Assert.True(service.Store.TotalCalls <= 6, "store calls: " + string.Join(", ", service.Store.Calls.Select(c => $"{c.Key}={c.Value}")));
    }
}
