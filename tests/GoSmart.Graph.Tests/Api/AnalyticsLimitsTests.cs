using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api;

/// <summary>The limits on the analytics fields over the seed: `limit` weighs in the complexity, and the time limit cancels a computation.</summary>
[Collection(SeededServiceGroup.Name)]
public sealed class AnalyticsLimitsTests(SeededService service)
{
    [Theory]
    [InlineData(1000, 100, true)]
    [InlineData(5, 5, false)]
    public async Task Network_limit_multiplies_what_each_node_holds(int limit, int collaborators, bool refused)
    {
        var result = await service.Client.QueryAsync($$"""
            { network(center: "actor:pic-999889193", limit: {{limit}}) { nodes { actor { collaborators(first: {{collaborators}}) { nodes { id name } } } } } }
            """);

        Assert.Equal(refused, result["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() == "LIMIT_EXCEEDED");
        Assert.Equal(refused, result["errors"] is not null);
    }

    [Fact]
    public async Task Brokerage_over_the_time_limit_answers_timeout_and_the_service_keeps_answering()
    {
        using var factory = new GraphServiceFactory(settings: new Dictionary<string, string?> { ["Limits:RequestTimeoutSeconds"] = "0.05" });
        var client = new GraphQLClient(factory.CreateClient());
        await client.DataAsync("{ __typename }");

        var response = await client.PostAsync("""{ brokerage(actor: "actor:pic-999889193", groupBy: REGION) { betweenness } }""");
        var after = await client.DataAsync("""{ actor(id: "actor:pic-999889193") { name } }""");

        Assert.Equal(["TIMEOUT"], await GraphQLClient.ErrorCodesAsync(response));
        Assert.NotNull(after["actor"]);
    }
}
