using System.Text.Json.Nodes;
using GoSmart.Graph.Tests.Support;
using Snapshooter.Xunit;

namespace GoSmart.Graph.Tests.Api;

[Collection(SeededServiceGroup.Name)]
public sealed class ActorQueriesTests(SeededService service)
{
    private readonly GraphQLClient _client = service.Client;

    [Fact]
    public async Task Actor_gosmart_partner_found_in_cordis_is_one_actor_with_both_names()
    {
        var name = Snapshot.FullName();

        var data = await _client.DataAsync("""
            { actor(id: "actor:pic-999889193") {
                id name alternativeNames kind sme country city pic
                region { code name gosmartRole }
                s3Domains { id }
                degree projectCount
                projects(first: 3) { totalCount edges { role node { id acronym startDate } } }
                collaborators(first: 3) { totalCount edges { node { id name country } collaboration { weight firstYear lastYear evidence { id acronym } } } }
            } }
            """);

        var actor = data["actor"]!;
        Assert.Equal("Bialystok University of Technology", actor["name"]!.GetValue<string>());
        Assert.Equal("RESEARCH", actor["kind"]!.GetValue<string>());
        Assert.Equal("PL", actor["country"]!.GetValue<string>());
        Assert.Equal("PL84", actor["region"]!["code"]!.GetValue<string>());
        JsonSnapshot.Match(data, name);
    }

    [Fact]
    public async Task Search_finds_the_cordis_legal_name_of_a_merged_partner()
    {
        var data = await _client.DataAsync("""{ search(text: "politechnika bialostocka", first: 3) { id } }""");

        Assert.Equal("actor:pic-999889193", data["search"]![0]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("bialystok")]
    [InlineData("BIAŁYSTOK")]
    [InlineData("Białystok")]
    public async Task Search_is_case_and_accent_insensitive(string text)
    {
        var data = await _client.DataAsync("query($t: String!) { search(text: $t, first: 100) { id name } }", new { t = text });

        Assert.Contains(data["search"]!.AsArray(), a => a!["id"]!.GetValue<string>() == "actor:pic-999889193");
    }

    [Fact]
    public async Task Search_takes_prefixes_of_several_words()
    {
        var data = await _client.DataAsync("""{ search(text: "hamburg inst", first: 10) { id name } }""");

        Assert.Contains(data["search"]!.AsArray(), a => a!["id"]!.GetValue<string>() == "actor:pic-997298614");
    }

    [Fact]
    public async Task Stats_report_the_known_counts_of_the_seed()
    {
        var name = Snapshot.FullName();

        var data = await _client.DataAsync("{ stats { actors projects participations collaborationPairs crossBorderPairs regions s3Domains actorsByKind { kind count } actorsByCountry { country count } } }");

        var stats = data["stats"]!;
        Assert.Equal(6730 + 7, stats["actors"]!.GetValue<int>());
        Assert.Equal(11573, stats["projects"]!.GetValue<int>());
        Assert.Equal(27677, stats["participations"]!.GetValue<int>());
        Assert.Equal(36612, stats["collaborationPairs"]!.GetValue<int>());
        Assert.Equal(16792, stats["crossBorderPairs"]!.GetValue<int>());
        JsonSnapshot.Match(data, name);
    }

    [Fact]
    public async Task Unknown_actor_is_null()
    {
        var data = await _client.DataAsync("""{ actor(id: "actor:pic-1") { name } node(id: "project:rcn-1") { id } }""");

        Assert.Null(data["actor"]);
        Assert.Null(data["node"]);
    }

    [Theory]
    [InlineData("actor:pic-999889193", "Actor")]
    [InlineData("region:PL84", "Region")]
    [InlineData("project:rcn-210603", "Project")]
    public async Task Node_resolves_every_id_type(string id, string typeName)
    {
        var data = await _client.DataAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id });

        Assert.Equal(typeName, data["node"]!["__typename"]!.GetValue<string>());
        Assert.Equal(id, data["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Node_with_a_foreign_id_is_bad_user_input()
    {
        var response = await _client.PostAsync("""{ node(id: "planet:mars") { id } }""");

        Assert.Equal(["BAD_USER_INPUT"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Theory]
    [InlineData(101, "LIMIT_EXCEEDED")]
    [InlineData(-1, "BAD_USER_INPUT")]
    public async Task Actors_first_out_of_range_is_a_coded_error(int first, string code)
    {
        var response = await _client.PostAsync("query($n: Int) { actors(first: $n) { edges { cursor } } }", new { n = first });

        Assert.Equal([code], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Actors_malformed_cursor_is_bad_user_input()
    {
        var response = await _client.PostAsync("""{ actors(first: 5, after: "not-a-cursor") { edges { cursor } } }""");

        Assert.Equal(["BAD_USER_INPUT"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Actors_malformed_filter_is_bad_user_input()
    {
        var response = await _client.PostAsync("""{ actors(first: 5, where: { countryIn: ["Poland"] }) { edges { cursor } } }""");

        Assert.Equal(["BAD_USER_INPUT"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Actors_filtered_by_region_kind_and_domain_or_name()
    {
        var name = Snapshot.FullName();

        var data = await _client.DataAsync("""
            { actors(first: 10, where: { regionIn: ["region:PL84"], or: [{ kindIn: [RESEARCH] }, { nameContains: "fundacja" }] }, order: [{ field: NAME }]) {
                totalCount
                edges { node { id name kind region { code } } }
                pageInfo { hasNextPage hasPreviousPage }
            } }
            """);

        var actors = data["actors"]!;
        Assert.All(actors["edges"]!.AsArray(), e => Assert.Equal("PL84", e!["node"]!["region"]!["code"]!.GetValue<string>()));
        JsonSnapshot.Match(data, name);
    }

    [Fact]
    public async Task Actors_first_with_before_is_bad_user_input()
    {
        var response = await _client.PostAsync("""{ actors(first: 1, before: "x") { edges { cursor } } }""");

        Assert.Equal(["BAD_USER_INPUT"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Theory]
    [InlineData("{ kindIn: [] }")]
    [InlineData("{ or: [] }")]
    [InlineData("{ regionIn: [], countryIn: [\"PL\"] }")]
    public async Task Actors_empty_list_in_a_filter_matches_nothing(string where)
    {
        var data = await _client.DataAsync($"{{ actors(first: 5, where: {where}) {{ totalCount }} }}");

        Assert.Equal(0, data["actors"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Actors_filter_with_too_many_terms_is_refused()
    {
        var leaves = string.Join(", ", Enumerable.Range(0, 100).Select(_ => "{ sme: true }"));
        var where = "{ and: [" + string.Join(", ", Enumerable.Range(0, 4).Select(_ => "{ or: [" + leaves + "] }")) + "] }";

        var response = await _client.PostAsync($"{{ actors(first: 5, where: {where}) {{ totalCount }} }}");

        Assert.Equal(["LIMIT_EXCEEDED"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Theory]
    [InlineData("poznań", "poznan")]
    [InlineData("ÖSTERBOTTENS", "osterbottens")]
    public async Task Actors_name_contains_ignores_accents_and_case(string accented, string plain)
    {
        const string Query = "query($t: String) { actors(first: 100, where: { nameContains: $t }) { totalCount nodes { id } } }";

        var withAccents = (await _client.DataAsync(Query, new { t = accented }))["actors"]!;
        var without = (await _client.DataAsync(Query, new { t = plain }))["actors"]!;

        Assert.True(without["totalCount"]!.GetValue<int>() > 0);
        Assert.Equal(without.ToJsonString(), withAccents.ToJsonString());
    }

    [Fact]
    public async Task Actors_sorted_by_name_ignore_accents()
    {
        var data = await _client.DataAsync("""{ actors(last: 3) { nodes { name } } }""");

        Assert.All(data["actors"]!["nodes"]!.AsArray(), n => Assert.StartsWith("Z", n!["name"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Actor_with_an_overlong_id_is_bad_user_input()
    {
        var response = await _client.PostAsync("query($id: ID!) { actor(id: $id) { name } }", new { id = "actor:" + new string('x', 5000) });

        Assert.Equal(["BAD_USER_INPUT"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Actors_sorted_by_degree_descending()
    {
        var data = await _client.DataAsync("""{ actors(first: 20, order: [{ field: DEGREE, direction: DESC }]) { nodes { id degree } } }""");

        var degrees = data["actors"]!["nodes"]!.AsArray().Select(n => n!["degree"]!.GetValue<int>()).ToList();
        Assert.Equal(degrees.OrderByDescending(d => d), degrees);
        Assert.True(degrees[0] > 100);
    }

    [Fact]
    public async Task Actors_pages_forward_then_back_with_cursors()
    {
        const string Query = "query($after: String, $before: String, $first: Int, $last: Int) { actors(where: { countryIn: [\"EE\"] }, first: $first, after: $after, last: $last, before: $before) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
        var all = new List<string>();
        string? after = null;
        int total;
        while (true)
        {
            var page = (await _client.DataAsync(Query, new { first = 100, after }))["actors"]!;
            total = page["totalCount"]!.GetValue<int>();
            all.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        var lastPage = (await _client.DataAsync(Query, new { last = 5 }))["actors"]!;

        Assert.Equal(total, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(all.TakeLast(5), lastPage["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
        Assert.True(lastPage["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Regions_lists_the_gosmart_partner_regions_with_roles_and_priorities()
    {
        var name = Snapshot.FullName();

        var data = await _client.DataAsync("{ regions(gosmartRole: LEARNING) { code name gosmartRole priorities { id } } advanced: regions(gosmartRole: ADVANCED) { code gosmartRole } }");

        Assert.Equal(["DE60", "DK03", "FI1C4"], data["advanced"]!.AsArray().Select(r => r!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        JsonSnapshot.Match(data, name);
    }

    [Fact]
    public async Task Project_participant_count_matches_its_participants()
    {
        var data = await _client.DataAsync("""{ project(id: "project:rcn-210603") { participantCount participants(first: 100) { totalCount edges { role } } } }""");

        var project = data["project"]!;
        Assert.Equal(project["participants"]!["edges"]!.AsArray().Count, project["participantCount"]!.GetValue<int>());
        Assert.Equal(project["participantCount"]!.GetValue<int>(), project["participants"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("coordinator", project["participants"]!["edges"]![0]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Projects_filtered_by_domain_and_year_with_participants()
    {
        var name = Snapshot.FullName();

        var data = await _client.DataAsync("""
            { projects(first: 3, where: { s3DomainIn: ["domain:agri-food"], startYearFrom: 2019, participantCountryIn: ["PL"] }) {
                totalCount
                nodes { id acronym startDate s3Domains { id } participants(first: 2) { edges { role node { id country } } } }
            } }
            """);

        Assert.True(data["projects"]!["totalCount"]!.GetValue<int>() > 0);
        JsonSnapshot.Match(data, name);
    }
}
