using System.Text.Json.Nodes;
using GoSmart.Graph.Core.Analysis.Brokerage;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Api;

[Collection(SeededServiceGroup.Name)]
public sealed class BrokerageQueriesTests(SeededService service)
{
    private const string Warsaw = "actor:pic-999572294";
    private static readonly string[] Roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"];
    private readonly GraphQLClient _client = service.Client;

    [Fact]
    public async Task Brokerage_roles_add_up_and_the_total_expectation_follows_the_seeds_density()
    {
        var data = await _client.DataAsync($$"""
            { stats { actors collaborationPairs }
              brokerage(actor: "{{Warsaw}}") { actor { name } groupBy group
                coordinator { count } itinerant { count } representative { count } gatekeeper { count } liaison { count }
                total { count expected z } constraint effectiveSize efficiency betweenness } }
            """);

        var b = data["brokerage"]!;
        Assert.Equal("UNIWERSYTET WARSZAWSKI", b["actor"]!["name"]!.GetValue<string>());
        Assert.Equal(("COUNTRY", "PL"), (b["groupBy"]!.GetValue<string>(), b["group"]!.GetValue<string>()));
        var roles = Roles.Sum(r => b[r]!["count"]!.GetValue<int>());
        Assert.Equal(roles, b["total"]!["count"]!.GetValue<int>());
        Assert.True(roles > 0);
        double n = data["stats"]!["actors"]!.GetValue<int>();
        var d = 2.0 * data["stats"]!["collaborationPairs"]!.GetValue<int>() / (n * (n - 1));
        Assert.Equal(d * d * (1 - d) * (n - 1) * (n - 2), b["total"]!["expected"]!.GetValue<double>(), 6);
        Assert.InRange(b["constraint"]!.GetValue<double>(), 0, 1);
        Assert.InRange(b["efficiency"]!.GetValue<double>(), 0, 1);
        Assert.InRange(b["betweenness"]!.GetValue<double>(), double.Epsilon, 1);
    }

    [Fact]
    public async Task Brokerage_matches_the_core_algorithms_on_the_stores_snapshot()
    {
        var snapshot = await service.Factory.Services.GetRequiredService<IGraphStore>().GetSnapshotAsync(CancellationToken.None);
        var (scores, _, _) = BrokerageAnalyzer.ComputeRoles(snapshot, BrokerageGrouping.S3Domain, CancellationToken.None);

        var data = await _client.DataAsync($$"""{ brokerage(actor: "{{Warsaw}}", groupBy: S3_DOMAIN) { group liaison { count expected z } } }""");

        var expected = scores.Of(snapshot.IndexOf(Warsaw)).Liaison;
        var liaison = data["brokerage"]!["liaison"]!;
        Assert.Equal(expected.Count, liaison["count"]!.GetValue<int>());
        Assert.Equal(expected.Expected, liaison["expected"]!.GetValue<double>(), 9);
        Assert.StartsWith("domain:", data["brokerage"]!["group"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brokerage_isolated_actor_has_no_roles_and_null_burt_measures()
    {
        var data = await _client.DataAsync("""
            { brokerage(actor: "actor:gosmart-business-aabenraa", groupBy: KIND) { group total { count } constraint effectiveSize efficiency betweenness } }
            """);

        var b = data["brokerage"]!;
        Assert.Equal(0, b["total"]!["count"]!.GetValue<int>());
        Assert.Null(b["constraint"]);
        Assert.Null(b["effectiveSize"]);
        Assert.Null(b["efficiency"]);
        Assert.Equal(0, b["betweenness"]!.GetValue<double>());
    }

    [Fact]
    public async Task Brokerage_unknown_actor_is_NOT_FOUND()
    {
        var response = await _client.PostAsync("""{ brokerage(actor: "actor:pic-0") { total { count } } }""");

        Assert.Equal(["NOT_FOUND"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Brokerage_unknown_grouping_is_a_bad_input()
    {
        var response = await _client.PostAsync($$"""{ brokerage(actor: "{{Warsaw}}", groupBy: CITY) { total { count } } }""");

        Assert.Equal(["BAD_USER_INPUT"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Brokerage_whole_graph_scores_are_computed_once_for_concurrent_requests()
    {
        var analyzer = service.Factory.Services.GetRequiredService<BrokerageAnalyzer>();
        string[] actors = [Warsaw, "actor:pic-999884052", "actor:pic-999586359", "actor:pic-999889193"];

        var first = await Task.WhenAll(actors.Select(a => _client.DataAsync($$"""{ brokerage(actor: "{{a}}", groupBy: REGION) { total { count } betweenness } }""")));
        var computations = analyzer.Computations;
        var again = await Task.WhenAll(actors.Select(a => _client.DataAsync($$"""{ brokerage(actor: "{{a}}", groupBy: REGION) { total { count } betweenness } }""")));

        Assert.Equal(computations, analyzer.Computations);
        Assert.Equal(first.Select(Json), again.Select(Json));
    }

    private static string Json(JsonNode node) => node.ToJsonString();
}
