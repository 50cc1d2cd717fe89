using System.Text.Json.Nodes;
using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Api;

[Collection(SeededServiceGroup.Name)]
public sealed class PathQueriesTests(SeededService service)
{
    private const string Bialystok = "actor:pic-999889193";
    private const string UniHamburg = "actor:pic-999905101";

    private const string PathFields = """
        hops countries borderCrossings weakestLink totalStrength
        actors { id country kind }
        steps { from { id } to { id } relation collaboration { weight firstYear lastYear sharedProjectCount evidence(first: 2) { id } } }
        """;

    private readonly GraphQLClient _client = service.Client;

    [Fact]
    public async Task Paths_from_podlaskie_to_hamburg_are_chained_ranked_and_carry_their_evidence()
    {
        var data = await _client.DataAsync($$"""{ paths(from: "{{Bialystok}}", to: "{{UniHamburg}}", k: 3, maxHops: 4) { {{PathFields}} } }""");

        var paths = data["paths"]!.AsArray();
        Assert.Equal(3, paths.Count);
        foreach (var path in paths)
        {
            var actors = path!["actors"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ToList();
            var steps = path["steps"]!.AsArray();
            Assert.Equal(Bialystok, actors[0]);
            Assert.Equal(UniHamburg, actors[^1]);
            Assert.Equal(actors.Count, actors.Distinct().Count());
            Assert.Equal(path["hops"]!.GetValue<int>(), steps.Count);
            Assert.Equal(actors.Count - 1, steps.Count);
            var weights = new List<int>();
            for (var i = 0; i < steps.Count; i++)
            {
                Assert.Equal(actors[i], steps[i]!["from"]!["id"]!.GetValue<string>());
                Assert.Equal(actors[i + 1], steps[i]!["to"]!["id"]!.GetValue<string>());
                Assert.Equal("COLLABORATION", steps[i]!["relation"]!.GetValue<string>());
                var tie = steps[i]!["collaboration"]!;
                weights.Add(tie["weight"]!.GetValue<int>());
                Assert.InRange(tie["evidence"]!.AsArray().Count, Math.Min(1, tie["sharedProjectCount"]!.GetValue<int>()), 2);
            }

            Assert.Equal(weights.Min(), path["weakestLink"]!.GetValue<int>());
            Assert.Equal(weights.Sum(), path["totalStrength"]!.GetValue<int>());
            var countries = path["actors"]!.AsArray().Select(a => a!["country"]!.GetValue<string>()).ToList();
            Assert.Equal(countries.Distinct(), path["countries"]!.AsArray().Select(c => c!.GetValue<string>()));
            Assert.Equal(countries.Zip(countries.Skip(1)).Count(p => p.First != p.Second), path["borderCrossings"]!.GetValue<int>());
        }

        var keys = paths.Select(p => (Hops: p!["hops"]!.GetValue<int>(), Weakest: -p["weakestLink"]!.GetValue<int>(), Total: -p["totalStrength"]!.GetValue<int>())).ToList();
        Assert.Equal(keys.Order(), keys);
    }

    [Fact]
    public async Task Paths_are_those_the_path_finder_gives_on_the_store_snapshot()
    {
        var snapshot = await service.Factory.Services.GetRequiredService<IGraphStore>().GetSnapshotAsync(CancellationToken.None);
        var expected = YenKShortestPaths.Find(snapshot, Bialystok, UniHamburg, 5, 4, PathConstraints.Default, CancellationToken.None);

        var data = await _client.DataAsync($$"""{ paths(from: "{{Bialystok}}", to: "{{UniHamburg}}", k: 5) { actors { id } } }""");

        Assert.Equal(
            expected.Select(p => string.Join(' ', p.ActorIds)),
            data["paths"]!.AsArray().Select(p => string.Join(' ', p!["actors"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()))));
    }

    [Fact]
    public async Task Paths_load_actors_and_evidence_in_batches_not_per_step()
    {
        service.Store.Reset();

        await _client.DataAsync($$"""{ paths(from: "{{Bialystok}}", to: "{{UniHamburg}}", k: 10, maxHops: 4) { {{PathFields}} } }""");

        var calls = service.Store.Calls;
        Assert.Equal(1, calls.GetValueOrDefault("GetSharedProjectsAsync"));
        Assert.True(service.Store.TotalCalls <= 5, "store calls: " + string.Join(", ", calls.Select(c => $"{c.Key}={c.Value}")));
    }

    [Fact]
    public async Task Paths_honour_the_constraints()
    {
        var unconstrained = await _client.DataAsync($$"""{ paths(from: "{{Bialystok}}", to: "{{UniHamburg}}", k: 3) { actors { id } } }""");
        var second = unconstrained["paths"]![1]!["actors"]!.AsArray();
        var broker = second[second.Count - 2]!["id"]!.GetValue<string>();

        var data = await _client.DataAsync($$"""
            { paths(from: "{{Bialystok}}", to: "{{UniHamburg}}", k: 5, maxHops: 4,
                    constraints: { intermediaryKinds: [RESEARCH], avoid: ["{{broker}}"] }) { actors { id kind } }
              strong: paths(from: "{{UniHamburg}}", to: "actor:pic-999838753", k: 5, constraints: { minWeight: 3, sinceYear: 2019 }) { steps { collaboration { weight lastYear } } } }
            """);

        var paths = data["paths"]!.AsArray();
        Assert.NotEmpty(paths);
        Assert.All(paths, p =>
        {
            var actors = p!["actors"]!.AsArray();
            Assert.All(actors.Skip(1).SkipLast(1), a => Assert.Equal("RESEARCH", a!["kind"]!.GetValue<string>()));
            Assert.DoesNotContain(actors, a => a!["id"]!.GetValue<string>() == broker);
        });
        Assert.NotEmpty(data["strong"]!.AsArray());
        Assert.All(data["strong"]!.AsArray(), p => Assert.All(p!["steps"]!.AsArray(), s =>
        {
            Assert.True(s!["collaboration"]!["weight"]!.GetValue<int>() >= 3);
            Assert.True(s["collaboration"]!["lastYear"]!.GetValue<int>() >= 2019);
        }));
    }

    [Fact]
    public async Task Paths_across_a_border_between_two_polish_actors_leave_poland()
    {
        var data = await _client.DataAsync($$"""
            { within: actors(first: 1, where: { regionIn: ["region:PL84"], kindIn: [COMPANY] }, order: [{ field: DEGREE, direction: DESC }]) { edges { node { id } } } }
            """);
        var company = data["within"]!["edges"]![0]!["node"]!["id"]!.GetValue<string>();

        var paths = await _client.DataAsync($$"""
            { paths(from: "{{Bialystok}}", to: "{{company}}", k: 3, maxHops: 4, constraints: { crossBorder: true }) { borderCrossings countries } }
            """);

        Assert.NotEmpty(paths["paths"]!.AsArray());
        Assert.All(paths["paths"]!.AsArray(), p => Assert.True(p!["borderCrossings"]!.GetValue<int>() >= 2));
    }

    [Fact]
    public async Task Paths_beyond_the_hop_limit_are_an_empty_list()
    {
        var data = await _client.DataAsync($$"""{ paths(from: "{{Bialystok}}", to: "{{UniHamburg}}", maxHops: 1) { hops } }""");

        Assert.Empty(data["paths"]!.AsArray());
    }

    [Theory]
    [InlineData("k: 11", "LIMIT_EXCEEDED")]
    [InlineData("k: 0", "BAD_USER_INPUT")]
    [InlineData("maxHops: 7", "LIMIT_EXCEEDED")]
    [InlineData("maxHops: 0", "BAD_USER_INPUT")]
    [InlineData("constraints: { via: [] }", "BAD_USER_INPUT")]
    [InlineData("constraints: { minWeight: 0 }", "BAD_USER_INPUT")]
    [InlineData("constraints: { avoid: [\"actor:pic-1\"] }", "NOT_FOUND")]
    [InlineData("constraints: { avoid: [\"region:PL84\"] }", "BAD_USER_INPUT")]
    [InlineData("constraints: { intermediaryDomain: \"domain:nothing\" }", "NOT_FOUND")]
    public async Task Paths_reject_bad_arguments_with_a_code(string arguments, string code)
    {
        var response = await _client.PostAsync($$"""{ paths(from: "{{Bialystok}}", to: "{{UniHamburg}}", {{arguments}}) { hops } }""");

        Assert.Equal([code], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Theory]
    [InlineData("actor:pic-1", "NOT_FOUND")]
    [InlineData("region:PL84", "BAD_USER_INPUT")]
    [InlineData(Bialystok, "BAD_USER_INPUT")]
    public async Task Paths_reject_unknown_or_wrong_ends(string to, string code)
    {
        var response = await _client.PostAsync($$"""{ paths(from: "{{Bialystok}}", to: "{{to}}") { hops } }""");

        Assert.Equal([code], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Paths_bound_the_avoid_list()
    {
        var avoid = Enumerable.Range(0, 101).Select(i => $"actor:pic-{i}").ToArray();

        var response = await _client.PostAsync(
            "query($avoid: [ID!]) { paths(from: \"" + Bialystok + "\", to: \"" + UniHamburg + "\", constraints: { avoid: $avoid }) { hops } }", new { avoid });

        Assert.Equal(["LIMIT_EXCEEDED"], await GraphQLClient.ErrorCodesAsync(response));
    }
}
