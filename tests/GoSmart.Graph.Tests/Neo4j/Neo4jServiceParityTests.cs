using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GoSmart.Graph.Tests.Support;
using Xunit.Abstractions;

namespace GoSmart.Graph.Tests.Neo4j;

/// <summary>
/// The same seed, the same GraphQL queries, the same answers: the service on the embedded store and the
/// service on the Neo4j store (through the Query API test server) answer every README example and the
/// queries below byte for byte alike.
/// </summary>
[Collection(SeededServiceGroup.Name)]
public sealed partial class Neo4jServiceParityTests(SeededService embedded, Neo4jSeededService neo4j, ITestOutputHelper output)
    : IClassFixture<Neo4jSeededService>
{
    public static TheoryData<string> Queries()
    {
        var data = new TheoryData<string>();
        foreach (Match m in GraphQLBlock().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))))
        {
            data.Add(m.Groups[1].Value);
        }

        data.Add("{ stats { actors projects participations collaborationPairs crossBorderPairs regions s3Domains actorsByKind { kind count } actorsByCountry { country count } } }");
        data.Add("""{ actors(first: 7, order: [{ field: PROJECT_COUNT, direction: DESC }, { field: NAME, direction: ASC }]) { totalCount edges { cursor node { id name degree projectCount } } pageInfo { hasNextPage hasPreviousPage endCursor } } }""");
        data.Add("""{ actors(last: 5, where: { countryIn: ["EE"], or: [{ sme: true }, { kindIn: [AUTHORITY] }] }) { totalCount nodes { id name } pageInfo { hasPreviousPage startCursor } } }""");
        data.Add("""{ actor(id: "actor:pic-999889193") { memberOf { id } members { id } collaborators(first: 20) { edges { cursor node { id } collaboration { weight firstYear lastYear declared evidence(first: 3) { id } } } } } }""");
        data.Add("""{ projects(first: 10, where: { textContains: "smart", startYearTo: 2018 }) { totalCount nodes { id acronym participantCount participants(first: 3) { edges { role node { id } } } } } }""");
        data.Add("""{ regions { code name children { code } } }""");
        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Same_query_gives_the_same_answer_on_both_stores(string query)
    {
        var expected = await embedded.Client.QueryAsync(query);

        var actual = await neo4j.Client.QueryAsync(query);

        Assert.Null(expected["errors"]);
        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
    }

    [Fact]
    public async Task Seed_is_imported_into_neo4j_with_the_known_counts()
    {
        output.WriteLine($"seed import through the Query API test server: {neo4j.SeedTime.TotalSeconds:0.0} s");

        var stats = (await neo4j.Client.DataAsync("{ stats { actors projects participations collaborationPairs } }"))["stats"]!;

        Assert.Equal((6737, 11573, 27677, 36612), (stats["actors"]!.GetValue<int>(), stats["projects"]!.GetValue<int>(), stats["participations"]!.GetValue<int>(), stats["collaborationPairs"]!.GetValue<int>()));
        var ready = await neo4j.Client.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
