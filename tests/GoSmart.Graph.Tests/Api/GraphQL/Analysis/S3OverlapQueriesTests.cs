using System.Text.Json.Nodes;
using GoSmart.Graph.Core.Analysis;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api.GraphQL.Analysis;

[Collection(SeededServiceGroup.Name)]
public sealed class S3OverlapQueriesTests(SeededService service)
{
    private static readonly string[] Three = ["region:PL84", "region:DE60", "region:DK03"];

    private readonly GraphQLClient _client = service.Client;

    public static TheoryData<string> PartnerGroups() => new() { "LEARNING", "ADVANCED", "ALL", "PL84+DE60" };

    [Theory]
    [MemberData(nameof(PartnerGroups))]
    public async Task S3Overlap_of_gosmart_partner_regions_is_what_they_all_prioritise_with_actors_inside_them(string group)
    {
        var partners = await _client.DataAsync("{ regions { id gosmartRole priorities { id } } }");
        var regions = partners["regions"]!.AsArray().Select(r => r!)
            .Where(r => group switch
            {
                "ALL" => r["gosmartRole"] is not null,
                "PL84+DE60" => Str(r["id"]) is "region:PL84" or "region:DE60",
                _ => r["gosmartRole"]?.GetValue<string>() == group,
            })
            .ToList();
        var ids = regions.Select(r => Str(r["id"])).ToList();
        var expected = regions.Select(r => r["priorities"]!.AsArray().Select(p => Str(p!["id"])).ToHashSet())
            .Aggregate((a, b) => { a.IntersectWith(b); return a; });

        var data = await _client.DataAsync("query($r: [ID!]!) { s3Overlap(regions: $r) { domain { id } regions { id } actorCount actors(first: 100) { id region { id } s3Domains { id } } crossRegionCollaborations } }", new { r = ids });

        var shared = data["s3Overlap"]!.AsArray().Select(s => s!).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), shared.Select(s => Str(s["domain"]!["id"])).Order(StringComparer.Ordinal));
        var hierarchy = new RegionHierarchy(await service.Store.ListRegionsAsync(CancellationToken.None));
        var inside = ids.SelectMany(hierarchy.WithDescendants).ToHashSet();
        foreach (var s in shared)
        {
            var domain = Str(s["domain"]!["id"]);
            Assert.Equal(ids, s["regions"]!.AsArray().Select(r => Str(r!["id"])));
            Assert.All(s["actors"]!.AsArray(), a =>
            {
                Assert.Contains(Str(a!["region"]!["id"]), inside);
                Assert.Contains(a["s3Domains"]!.AsArray(), d => Str(d!["id"]) == domain);
            });
            Assert.Equal(Math.Min(100, s["actorCount"]!.GetValue<int>()), s["actors"]!.AsArray().Count);
        }
    }

    [Fact]
    public async Task S3Overlap_cross_region_collaborations_are_the_ties_the_store_has_between_actors_of_different_regions()
    {
        var data = await _client.DataAsync("""
            { s3Overlap(regions: ["region:PL84", "region:DE60", "region:DK03"]) {
                actorCount actors(first: 100) { id region { id } } crossRegionCollaborations crossRegionProjects } }
            """);

        var shared = data["s3Overlap"]!.AsArray().Select(s => s!).ToList();
        Assert.NotEmpty(shared);
        Assert.Contains(shared, s => s["crossRegionCollaborations"]!.GetValue<int>() > 0);
        var hierarchy = new RegionHierarchy(await service.Store.ListRegionsAsync(CancellationToken.None));
        var given = Three.SelectMany(g => hierarchy.WithDescendants(g).Select(r => (r, g))).ToDictionary(p => p.r, p => p.g);
        foreach (var s in shared)
        {
            Assert.True(s["actorCount"]!.GetValue<int>() <= 100, "the check needs every actor listed");
            var regionOf = s["actors"]!.AsArray().ToDictionary(a => Str(a!["id"]), a => given[Str(a!["region"]!["id"])]);
            var neighbours = await service.Store.GetNeighboursAsync(regionOf.Keys.ToList(), CancellationToken.None);
            var cross = neighbours.SelectMany(p => p.Value)
                .Where(n => string.CompareOrdinal(n.ActorId, n.OtherActorId) < 0 && regionOf.TryGetValue(n.OtherActorId, out var other) && other != regionOf[n.ActorId])
                .ToList();
            Assert.Equal(cross.Count, s["crossRegionCollaborations"]!.GetValue<int>());
            Assert.Equal(cross.Sum(n => n.Weight), s["crossRegionProjects"]!.GetValue<int>());
        }

        var counts = shared.Select(s => s["crossRegionCollaborations"]!.GetValue<int>()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Theory]
    [InlineData("""{ s3Overlap(regions: ["region:PL84"]) { domain { id } } }""", "BAD_USER_INPUT")]
    [InlineData("""{ s3Overlap(regions: ["region:PL84", "region:PL84"]) { domain { id } } }""", "BAD_USER_INPUT")]
    [InlineData("""{ s3Overlap(regions: ["region:DE", "region:DE60"]) { domain { id } } }""", "BAD_USER_INPUT")]
    [InlineData("""{ s3Overlap(regions: ["region:PL84", "PL84"]) { domain { id } } }""", "BAD_USER_INPUT")]
    [InlineData("""{ s3Overlap(regions: ["region:PL84", "region:XX99"]) { domain { id } } }""", "NOT_FOUND")]
    [InlineData("""{ s3Overlap(regions: ["region:PL84", "region:DE60"]) { actors(first: 101) { id } } }""", "LIMIT_EXCEEDED")]
    public async Task S3Overlap_bad_input_is_a_coded_error(string query, string code)
    {
        var response = await _client.PostAsync(query);

        Assert.Equal([code], (await GraphQLClient.ErrorCodesAsync(response)).Distinct());
    }

    [Fact]
    public async Task S3Overlap_more_than_twenty_regions_is_limit_exceeded()
    {
        var regions = Enumerable.Range(0, 21).Select(i => $"region:X{i}").ToList();

        var response = await _client.PostAsync("query($r: [ID!]!) { s3Overlap(regions: $r) { domain { id } } }", new { r = regions });

        Assert.Equal(["LIMIT_EXCEEDED"], await GraphQLClient.ErrorCodesAsync(response));
    }

    private static string Str(JsonNode? node) => node!.GetValue<string>();
}
