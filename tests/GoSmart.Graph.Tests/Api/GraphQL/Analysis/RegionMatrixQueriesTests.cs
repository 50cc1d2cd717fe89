using System.Text.Json.Nodes;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api.GraphQL.Analysis;

[Collection(SeededServiceGroup.Name)]
public sealed class RegionMatrixQueriesTests(SeededService service)
{
    private readonly GraphQLClient _client = service.Client;

    [Fact]
    public async Task RegionMatrix_by_country_adds_up_to_the_stats_pairs_and_its_off_diagonal_to_the_cross_border_pairs()
    {
        var data = await _client.DataAsync("{ stats { collaborationPairs crossBorderPairs } regionMatrix { from to collaborations actorPairs } byRegion: regionMatrix(groupBy: REGION) { actorPairs } }");

        var links = data["regionMatrix"]!.AsArray().Select(l => l!).ToList();
        Assert.Equal(data["stats"]!["collaborationPairs"]!.GetValue<int>(), links.Sum(l => l["actorPairs"]!.GetValue<int>()));
        Assert.Equal(data["stats"]!["crossBorderPairs"]!.GetValue<int>(), links.Where(l => Str(l["from"]) != Str(l["to"])).Sum(l => l["actorPairs"]!.GetValue<int>()));
        Assert.Equal(data["stats"]!["collaborationPairs"]!.GetValue<int>(), data["byRegion"]!.AsArray().Sum(l => l!["actorPairs"]!.GetValue<int>()));
        Assert.All(links, l => Assert.True(string.CompareOrdinal(Str(l["from"]), Str(l["to"])) <= 0 && l["collaborations"]!.GetValue<int>() >= l["actorPairs"]!.GetValue<int>()));
    }

    [Fact]
    public async Task RegionMatrix_restricted_counts_are_within_the_unrestricted_ones()
    {
        var data = await _client.DataAsync("""
            { all: regionMatrix { from to actorPairs }
              agri: regionMatrix(s3Domain: "domain:agri-food", kinds: [COMPANY, RESEARCH]) { from to actorPairs }
              kinds: regionMatrix(groupBy: KIND) { from to }
              none: regionMatrix(kinds: []) { from }
              domains: regionMatrix(groupBy: S3_DOMAIN) { from to } }
            """);

        var all = data["all"]!.AsArray().ToDictionary(l => (Str(l!["from"]), Str(l["to"])), l => l!["actorPairs"]!.GetValue<int>());
        var agri = data["agri"]!.AsArray().Select(l => l!).ToList();
        Assert.NotEmpty(agri);
        Assert.All(agri, l => Assert.True(l["actorPairs"]!.GetValue<int>() <= all[(Str(l["from"]), Str(l["to"]))]));
        Assert.Contains(data["kinds"]!.AsArray(), l => Str(l!["from"]) == "COMPANY" && Str(l["to"]) == "RESEARCH");
        Assert.Empty(data["none"]!.AsArray());
        Assert.NotEmpty(data["domains"]!.AsArray());
        Assert.All(data["domains"]!.AsArray(), l => Assert.True(Str(l!["from"]).StartsWith("domain:", StringComparison.Ordinal) && Str(l["to"]).StartsWith("domain:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("""{ regionMatrix(s3Domain: "domain:nope") { from } }""", "NOT_FOUND")]
    [InlineData("""{ regionMatrix(s3Domain: "agri-food") { from } }""", "BAD_USER_INPUT")]
    [InlineData("""{ regionMatrix(groupBy: CITY) { from } }""", "BAD_USER_INPUT")]
    public async Task RegionMatrix_bad_input_is_a_coded_error(string query, string code)
    {
        var response = await _client.PostAsync(query);

        Assert.Equal([code], await GraphQLClient.ErrorCodesAsync(response));
    }

    private static string Str(JsonNode? node) => node!.GetValue<string>();
}
