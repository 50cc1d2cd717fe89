using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Api;

/// <summary>Data a partial import can leave behind still gets a coded answer, never a 500.</summary>
public sealed class IncompleteDataTests : IDisposable
{
    private readonly GraphServiceFactory _factory = new(seed: false);

    [Fact]
    public async Task Actor_whose_region_is_missing_answers_not_found_for_the_region_only()
    {
        var client = new GraphQLClient(_factory.CreateClient());
        await client.DataAsync("{ stats { actors } }");
        await _factory.Services.GetRequiredService<IGraphStore>().ApplyAsync(
            new GraphBatch { Actors = [new Actor("actor:gosmart-orphan", "Orphan Ltd", ActorKind.Company, "PL", "region:PL99")] },
            CancellationToken.None);

        var response = await client.PostAsync("""{ actor(id: "actor:gosmart-orphan") { name region { code } } }""");

        Assert.Equal(["NOT_FOUND"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Empty_store_answers_zero_counts_and_empty_pages()
    {
        var client = new GraphQLClient(_factory.CreateClient());

        var data = await client.DataAsync("{ stats { actors collaborationPairs } actors(first: 5) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } search(text: \"x\") { id } }");

        Assert.Equal(0, data["stats"]!["actors"]!.GetValue<int>());
        Assert.Equal(0, data["actors"]!["totalCount"]!.GetValue<int>());
        Assert.Empty(data["actors"]!["edges"]!.AsArray());
        Assert.Null(data["actors"]!["pageInfo"]!["endCursor"]);
    }

    public void Dispose() => _factory.Dispose();
}
