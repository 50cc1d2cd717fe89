using System.Text.Json.Nodes;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api.GraphQL.Analysis;

[Collection(SeededServiceGroup.Name)]
public sealed class NetworkQueriesTests(SeededService service)
{
    private const string Hwwi = "actor:pic-997298614";

    private readonly GraphQLClient _client = service.Client;

    [Fact]
    public async Task Network_under_the_limit_holds_the_centre_and_every_collaborator_with_their_names()
    {
        var data = await _client.DataAsync("query($c: ID!) { network(center: $c, limit: 1000) { truncated nodes { id label depth degree } edges { source target weight relation } } }", new { c = Hwwi });

        var neighbours = (await service.Store.GetNeighboursAsync([Hwwi], CancellationToken.None))[Hwwi];
        var network = data["network"]!;
        var nodes = network["nodes"]!.AsArray().Select(n => n!).ToList();
        Assert.False(network["truncated"]!.GetValue<bool>());
        Assert.Equal(neighbours.Select(n => n.OtherActorId).Distinct().Count() + 1, nodes.Count);
        Assert.Equal((Hwwi, 0, neighbours.Count), (Str(nodes[0]["id"]), nodes[0]["depth"]!.GetValue<int>(), nodes[0]["degree"]!.GetValue<int>()));
        var names = await service.Store.GetActorsAsync(nodes.Select(n => Str(n["id"])).ToList(), CancellationToken.None);
        Assert.All(nodes, n => Assert.Equal(names[Str(n["id"])].Name, Str(n["label"])));
        var kept = nodes.Select(n => Str(n["id"])).ToHashSet();
        Assert.All(network["edges"]!.AsArray(), e => Assert.True(kept.Contains(Str(e!["source"])) && kept.Contains(Str(e["target"])) && Str(e["relation"]) == "COLLABORATION"));
        var centreEdges = network["edges"]!.AsArray().Where(e => Str(e!["source"]) == Hwwi).ToDictionary(e => Str(e!["target"]), e => e!["weight"]!.GetValue<int>());
        Assert.Equal(neighbours.ToDictionary(n => n.OtherActorId, n => n.Weight), centreEdges);
    }

    [Fact]
    public async Task Network_over_the_limit_keeps_the_strongest_ties_and_says_it_is_truncated()
    {
        var data = await _client.DataAsync("query($c: ID!) { network(center: $c, depth: 2, limit: 30) { truncated nodes { id depth strength } } }", new { c = Hwwi });

        var nodes = data["network"]!["nodes"]!.AsArray().Select(n => n!).ToList();
        Assert.True(data["network"]!["truncated"]!.GetValue<bool>());
        Assert.Equal(30, nodes.Count);
        var depths = nodes.Select(n => n["depth"]!.GetValue<int>()).ToList();
        Assert.Equal(depths.Order(), depths);
        var strongest = (await service.Store.GetNeighboursAsync([Hwwi], CancellationToken.None))[Hwwi].Max(n => n.Weight);
        Assert.Equal(strongest, nodes[1]["strength"]!.GetValue<int>());
    }

    [Fact]
    public async Task Network_filter_keeps_only_matching_actors_around_the_centre()
    {
        var data = await _client.DataAsync("""query($c: ID!) { network(center: $c, depth: 2, filter: { countryIn: ["DE"], kindIn: [RESEARCH] }) { nodes { id country kind } } }""", new { c = "actor:pic-999889193" });

        var nodes = data["network"]!["nodes"]!.AsArray().Skip(1).ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal(("DE", "RESEARCH"), (Str(n!["country"]), Str(n["kind"]))));
    }

    [Fact]
    public async Task Network_filter_on_kind_and_country_reads_no_actor_records_but_the_labels()
    {
        service.Store.Reset();

        var data = await _client.DataAsync("""query($c: ID!) { network(center: $c, depth: 3, limit: 1000, filter: { or: [{ countryIn: ["DE"] }, { kindIn: [COMPANY] }] }) { nodes { id } } }""", new { c = Hwwi });

        var nodes = data["network"]!["nodes"]!.AsArray().Count;
        Assert.True(nodes > 100);
        // The snapshot knows kind, country and region: the reach (most of the graph at depth 3) is not fetched, only the nodes' labels.
        Assert.Equal(1, service.Store.Calls["GetActorsAsync"]);
        Assert.Equal(nodes, service.Store.ActorsFetched);
    }

    [Fact]
    public async Task Network_filter_on_names_keeps_exactly_the_actors_whose_names_match()
    {
        var data = await _client.DataAsync("""query($c: ID!) { network(center: $c, depth: 3, limit: 1000, filter: { nameContains: "univ" }) { nodes { id } } }""", new { c = Hwwi });

        var ids = data["network"]!["nodes"]!.AsArray().Skip(1).Select(n => Str(n!["id"])).ToList();
        Assert.True(ids.Count > 50, $"{ids.Count} universities around the centre");
        var actors = await service.Store.GetActorsAsync(ids, CancellationToken.None);
        Assert.All(ids, id => Assert.Contains(
            actors[id].AlternativeNames.Prepend(actors[id].Name),
            n => GoSmart.Graph.Core.Text.TextFold.Fold(n).Contains("univ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Network_reads_the_labels_of_all_nodes_with_one_store_call()
    {
        service.Store.Reset();

        var data = await _client.DataAsync("query($c: ID!) { network(center: $c, depth: 2, limit: 1000) { nodes { label region { code } } edges { weight } } }", new { c = Hwwi });

        Assert.True(data["network"]!["nodes"]!.AsArray().Count > 100);
        var calls = service.Store.Calls;
        Assert.Equal(1, calls["GetActorsAsync"]);
        Assert.Equal(1, calls["GetRegionsAsync"]);
    }

    [Theory]
    [InlineData("""{ network(center: "actor:pic-997298614", depth: 4) { truncated } }""", "LIMIT_EXCEEDED")]
    [InlineData("""{ network(center: "actor:pic-997298614", depth: 0) { truncated } }""", "BAD_USER_INPUT")]
    [InlineData("""{ network(center: "actor:pic-997298614", limit: 1001) { truncated } }""", "LIMIT_EXCEEDED")]
    [InlineData("""{ network(center: "actor:pic-997298614", limit: 0) { truncated } }""", "BAD_USER_INPUT")]
    [InlineData("""{ network(center: "actor:pic-000") { truncated } }""", "NOT_FOUND")]
    [InlineData("""{ network(center: "region:PL84") { truncated } }""", "BAD_USER_INPUT")]
    [InlineData("""{ network(center: "actor:pic-997298614", filter: { countryIn: ["Germany"] }) { truncated } }""", "BAD_USER_INPUT")]
    public async Task Network_bad_input_is_a_coded_error(string query, string code)
    {
        var response = await _client.PostAsync(query);

        Assert.Equal([code], await GraphQLClient.ErrorCodesAsync(response));
    }

    private static string Str(JsonNode? node) => node!.GetValue<string>();
}
