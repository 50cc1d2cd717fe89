using System.Text.Json.Nodes;
using GoSmart.Graph.Core.Analysis;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api.GraphQL.Analysis;

[Collection(SeededServiceGroup.Name)]
public sealed class ConnectorQueriesTests(SeededService service)
{
    private readonly GraphQLClient _client = service.Client;

    [Fact]
    public async Task Connectors_podlaskie_to_hamburg_are_actors_with_ties_into_both_as_the_store_has_them()
    {
        var data = await _client.DataAsync("""
            { connectors(from: { region: "region:PL84" }, to: { region: "region:DE60" }, first: 20) {
                actor { id region { id } } insideFrom insideTo tiesFrom tiesTo pairsConnected score
                pairs(first: 10) { from { id region { id } } to { id region { id } } strength } } }
            """);

        var connectors = data["connectors"]!.AsArray().Select(c => c!).ToList();
        Assert.NotEmpty(connectors);
        var regions = new RegionHierarchy(await service.Store.ListRegionsAsync(CancellationToken.None));
        var podlaskie = regions.WithDescendants("region:PL84");
        var hamburg = regions.WithDescendants("region:DE60");
        var ids = connectors.Select(c => Str(c["actor"]!["id"])).ToList();
        var neighbours = await service.Store.GetNeighboursAsync(ids, CancellationToken.None);
        var others = await service.Store.GetActorsAsync(neighbours.Values.SelectMany(l => l.Select(n => n.OtherActorId)).Distinct().ToList(), CancellationToken.None);
        foreach (var c in connectors)
        {
            var id = Str(c["actor"]!["id"]);
            var region = Str(c["actor"]!["region"]!["id"]);
            var tiesFrom = neighbours[id].Count(n => podlaskie.Contains(others[n.OtherActorId].RegionId));
            var tiesTo = neighbours[id].Count(n => hamburg.Contains(others[n.OtherActorId].RegionId));
            Assert.Equal(tiesFrom, c["tiesFrom"]!.GetValue<int>());
            Assert.Equal(tiesTo, c["tiesTo"]!.GetValue<int>());
            Assert.Equal(podlaskie.Contains(region), c["insideFrom"]!.GetValue<bool>());
            Assert.Equal(hamburg.Contains(region), c["insideTo"]!.GetValue<bool>());
            Assert.True((tiesFrom > 0 || podlaskie.Contains(region)) && (tiesTo > 0 || hamburg.Contains(region)), $"{id} does not tie both groups");
            Assert.All(c["pairs"]!.AsArray(), p =>
            {
                Assert.Contains(Str(p!["from"]!["region"]!["id"]), podlaskie);
                Assert.Contains(Str(p["to"]!["region"]!["id"]), hamburg);
            });
        }

        var scores = connectors.Select(c => c["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Connectors_groups_combine_region_domain_and_kind()
    {
        var data = await _client.DataAsync("""
            { connectors(from: { country: "PL", s3Domain: "domain:agri-food" }, to: { region: "region:DE", kind: RESEARCH }, first: 5) {
                actor { id } pairs(first: 3) { from { country s3Domains { id } } to { country kind } } } }
            """);

        var pairs = data["connectors"]!.AsArray().SelectMany(c => c!["pairs"]!.AsArray()).ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p =>
        {
            Assert.Equal("PL", Str(p!["from"]!["country"]));
            Assert.Contains(p["from"]!["s3Domains"]!.AsArray(), d => Str(d!["id"]) == "domain:agri-food");
            Assert.Equal(("DE", "RESEARCH"), (Str(p["to"]!["country"]), Str(p["to"]!["kind"])));
        });
    }

    [Fact]
    public async Task Connectors_load_the_actors_of_all_connectors_and_pairs_in_one_store_call()
    {
        service.Store.Reset();

        await _client.DataAsync("""{ connectors(from: { country: "PL" }, to: { country: "DK" }, first: 50) { actor { name } pairs(first: 10) { from { name } to { name } } } }""");

        Assert.Equal(1, service.Store.Calls["GetActorsAsync"]);
    }

    [Theory]
    [InlineData("""{ connectors(from: {}, to: { country: "DE" }) { score } }""", "BAD_USER_INPUT")]
    [InlineData("""{ connectors(from: { country: "Poland" }, to: { country: "DE" }) { score } }""", "BAD_USER_INPUT")]
    [InlineData("""{ connectors(from: { region: "PL84" }, to: { country: "DE" }) { score } }""", "BAD_USER_INPUT")]
    [InlineData("""{ connectors(from: { region: "region:XX99" }, to: { country: "DE" }) { score } }""", "NOT_FOUND")]
    [InlineData("""{ connectors(from: { s3Domain: "domain:nope" }, to: { country: "DE" }) { score } }""", "NOT_FOUND")]
    [InlineData("""{ connectors(from: { country: "PL" }, to: { country: "DE" }, first: 101) { score } }""", "LIMIT_EXCEEDED")]
    [InlineData("""{ connectors(from: { country: "PL" }, to: { country: "DE" }, first: -1) { score } }""", "BAD_USER_INPUT")]
    [InlineData("""{ connectors(from: { country: "PL" }, to: { country: "DE" }, first: 1) { pairs(first: 11) { strength } } }""", "LIMIT_EXCEEDED")]
    public async Task Connectors_bad_input_is_a_coded_error(string query, string code)
    {
        var response = await _client.PostAsync(query);

        Assert.Equal([code], await GraphQLClient.ErrorCodesAsync(response));
    }

    private static string Str(JsonNode? node) => node!.GetValue<string>();
}
