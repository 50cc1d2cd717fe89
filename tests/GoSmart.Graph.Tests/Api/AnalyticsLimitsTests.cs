using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api;

/// <summary>The list-size arguments of the analytics fields (`limit`, `k`) weigh in the complexity, over the seed.</summary>
[Collection(SeededServiceGroup.Name)]
public sealed class AnalyticsLimitsTests(SeededService service)
{
    [Theory]
    [InlineData(1000, 100, true)]
    [InlineData(5, 5, false)]
    public async Task Network_limit_multiplies_what_each_node_holds(int limit, int collaborators, bool refused)
    {
        var result = await service.Client.QueryAsync($$"""
            { network(center: "actor:pic-999889193", limit: {{limit}}) { nodes { actor { collaborators(first: {{collaborators}}) { nodes { id name kind country } } } } } }
            """);

        Assert.Equal(refused, result["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() == "LIMIT_EXCEEDED");
        Assert.Equal(refused, result["errors"] is not null);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(1, false)]
    public async Task Paths_k_multiplies_what_each_path_holds(int k, bool refused)
    {
        var result = await service.Client.QueryAsync($$"""
            { paths(from: "actor:none-a", to: "actor:none-b", k: {{k}}) { actors { collaborators(first: 100) { nodes { collaborators(first: 50) { nodes { id } } } } } } }
            """);

        Assert.Equal(refused, result["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() == "LIMIT_EXCEEDED");
    }
}
