using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api.Pages;

/// <summary>Every query the explorer sends (web/src/explorer/api.js) runs within the service's limits at the explorer's largest settings.</summary>
[Collection(SeededServiceGroup.Name)]
public sealed partial class ExplorerQueriesTests(SeededService service)
{
    private const string Lead = "actor:pic-999889193";
    private const string Hamburg = "actor:pic-999905101";

    /// <summary>The largest settings the explorer's controls allow, per query name in api.js.</summary>
    private static readonly Dictionary<string, object> Variables = new()
    {
        ["domains"] = new { },
        ["search"] = new { text = "hamburg inst", first = 8 },
        ["actor"] = new { id = Lead },
        ["network"] = new { center = Hamburg, depth = 3, limit = 1000, filter = (object?)null },
        ["paths"] = new { from = Lead, to = Hamburg, k = 10, constraints = new { intermediaryDomain = "domain:agri-food" } },
        ["details"] = new { id = Hamburg },
        ["matrix"] = new { groupBy = "REGION", s3Domain = "domain:agri-food" },
        ["connectors"] = new { from = new { region = "region:PL84", s3Domain = "domain:agri-food" }, to = new { region = "region:DE60", s3Domain = "domain:agri-food" } },
        ["suggestions"] = new { actor = Lead, filter = new { s3Domain = "domain:agri-food" } },
    };

    [Fact]
    public async Task Every_explorer_query_runs_within_the_limits_at_its_largest_settings()
    {
        var source = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "web", "src", "explorer", "api.js"));
        var queries = QueryEntry().Matches(source).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["query"].Value);

        Assert.Equal(Variables.Keys.Order(StringComparer.Ordinal), queries.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, query) in queries)
        {
            var result = await service.Client.QueryAsync(query, Variables[name]);
            Assert.True(result["errors"] is null, $"{name}: {result["errors"]?.ToJsonString()}");
            Assert.IsType<JsonObject>(result["data"]);
        }
    }

    [Fact]
    public async Task The_explorers_largest_network_view_has_a_thousand_nodes_and_its_edges()
    {
        var source = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "web", "src", "explorer", "api.js"));
        var query = QueryEntry().Matches(source).Single(m => m.Groups["name"].Value == "network").Groups["query"].Value;

        var network = (await service.Client.DataAsync(query, Variables["network"]))["network"]!;

        Assert.Equal(1000, network["nodes"]!.AsArray().Count);
        Assert.True(network["edges"]!.AsArray().Count > 10_000, "the view around Universität Hamburg is dense");
    }

    [GeneratedRegex(@"^\s{2}(?<name>[a-z]+): `(?<query>[^`]+)`", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex QueryEntry();
}
