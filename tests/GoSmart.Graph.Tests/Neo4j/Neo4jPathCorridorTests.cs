using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Neo4j;
using GoSmart.Graph.Neo4j.Cypher;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Neo4j;

/// <summary>
/// Path searches pushed down to Cypher: the corridor the Neo4j store reads gives the paths the embedded store finds
/// over its whole snapshot, without the snapshot ever being read; the row budget ends a search with a coded error.
/// </summary>
[Collection(QueryApiServerGroup.Name)]
public sealed class Neo4jPathCorridorTests(QueryApiServerFixture server) : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly string[] Countries = ["PL", "DE", "DK"];
    private static readonly string[] Domains = ["agri-food", "ict", "energy"];
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Corridor_then_Yen_finds_the_embedded_paths_for_random_searches_and_never_reads_the_snapshot()
    {
        var graph = RandomGraph(new Random(17), actors: 60, projects: 90);
        await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        await embedded.ApplyAsync(graph, Ct);
        var snapshot = await embedded.GetSnapshotAsync(Ct);
        var recorder = new StatementRecorder();
        await using var neo4j = await Neo4jGraphStore.OpenAsync(server.NewDatabase("corridor"), recorder, Ct);
        await neo4j.ApplyAsync(graph, Ct);
        recorder.Statements.Clear();
        var random = new Random(3);
        var (searches, found) = (0, 0);

        for (var i = 0; i < 120; i++)
        {
            var (from, to) = (random.Next(snapshot.NodeCount), random.Next(snapshot.NodeCount));
            if (from == to)
            {
                continue;
            }

            var constraints = Constraints(random, snapshot, i);
            var (k, maxHops) = (1 + random.Next(6), 1 + random.Next(PathQueriesMaxHops));
            var expected = YenKShortestPaths.Find(snapshot, from, to, k, maxHops, constraints, Ct);
            var ends = await neo4j.GetActorsAsync([snapshot.ActorIds[from], snapshot.ActorIds[to]], Ct);
            var corridor = await PathCorridor.ReadAsync(neo4j, ends[snapshot.ActorIds[from]], ends[snapshot.ActorIds[to]], maxHops, constraints, neo4j.MaxCorridorRows, Ct);
            var actual = YenKShortestPaths.Find(corridor, snapshot.ActorIds[from], snapshot.ActorIds[to], k, maxHops, constraints, Ct);

            var (deepest, deepened) = await PathCorridor.FindAsync(neo4j, ends[snapshot.ActorIds[from]], ends[snapshot.ActorIds[to]], k, maxHops, constraints, neo4j.MaxCorridorRows, Ct);

            Assert.Equal(expected.Select(p => Describe(p, snapshot)), actual.Select(p => Describe(p, corridor)));
            Assert.Equal(expected.Select(p => Describe(p, snapshot)), deepened.Select(p => Describe(p, deepest)));
            searches++;
            found += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(found > searches / 3, $"only {found} of {searches} searches found a path");
        Assert.DoesNotContain(Statements.SnapshotActors, recorder.Statements.Keys);
        Assert.DoesNotContain(Statements.SnapshotTies, recorder.Statements.Keys);
        Assert.Contains(Statements.CorridorTies, recorder.Statements.Keys);
        Assert.Contains(Statements.CorridorMemberships, recorder.Statements.Keys);
    }

    [Fact]
    public async Task Paths_service_answers_alike_pushed_down_and_from_the_snapshot_and_limit_exceeded_beyond_the_budget()
    {
        var options = server.NewDatabase("budget");
        await using (var store = await Neo4jGraphStore.OpenAsync(options, Ct))
        {
            await store.ApplyAsync(RandomGraph(new Random(5), actors: 40, projects: 60), Ct);
        }

        const string query = """{ paths(from: "actor:r00", to: "actor:r07", k: 4, maxHops: 4) { hops actors { id } steps { relation collaboration { weight lastYear declared } } } }""";
        var answers = new List<string>();
        foreach (var (mode, budget) in new[] { ("Pushdown", "100000"), ("Snapshot", "1"), ("Pushdown", "5") })
        {
            await using var factory = new GraphServiceFactory(seed: false, settings: new Dictionary<string, string?>
            {
                ["GraphStore:Provider"] = "Neo4j",
                ["Neo4j:Uri"] = options.Uri!.ToString(),
                ["Neo4j:Database"] = options.Database,
                ["Neo4j:PathSearch"] = mode,
                ["Neo4j:PathCorridorMaxRows"] = budget,
            });
            var client = new GraphQLClient(factory.CreateClient());
            answers.Add((await client.QueryAsync(query)).ToJsonString());
        }

        Assert.Contains("\"hops\"", answers[0], StringComparison.Ordinal);
        Assert.DoesNotContain("errors", answers[0], StringComparison.Ordinal);
        Assert.Equal(answers[0], answers[1]);
        Assert.Contains("\"code\":\"LIMIT_EXCEEDED\"", answers[2], StringComparison.Ordinal);
        Assert.Contains("Neo4j:PathCorridorMaxRows", answers[2], StringComparison.Ordinal);
    }

    private const int PathQueriesMaxHops = GoSmart.Graph.Api.GraphQL.Paths.PathQueries.MaxHops;

    private static PathConstraints Constraints(Random random, GraphSnapshot snapshot, int i) => (i % 8) switch
    {
        0 => PathConstraints.Default,
        1 => PathConstraints.Default with { CrossBorder = true },
        2 => PathConstraints.Default with { MinWeight = 2 },
        3 => PathConstraints.Default with { SinceYear = 2018 },
        4 => PathConstraints.Default with { Via = [RelationKind.Collaboration, RelationKind.Membership], IntermediaryKinds = [ActorKind.Research, ActorKind.Intermediary, ActorKind.Company] },
        5 => PathConstraints.Default with { Via = [RelationKind.Membership] },
        6 => PathConstraints.Default with { IntermediaryDomain = snapshot.DomainIds[random.Next(snapshot.DomainIds.Count)] },
        _ => PathConstraints.Default with { Avoid = [.. Enumerable.Range(0, 4).Select(_ => snapshot.ActorIds[random.Next(snapshot.NodeCount)])] },
    };

    /// <summary>Actors r00.. in three countries, projects of 2 to 4 of them (2014-2022, one of three domains), a few declared ties, memberships and declared domains.</summary>
    private static GraphBatch RandomGraph(Random random, int actors, int projects)
    {
        var b = new GraphBuilder().StandardRegions().Domain(Domains);
        var ids = Enumerable.Range(0, actors).Select(i => $"r{i:D2}").ToArray();
        for (var i = 0; i < actors; i++)
        {
            b.Actor(ids[i], kind: (ActorKind)random.Next(4), country: Countries[random.Next(Countries.Length)]);
        }

        for (var p = 0; p < projects; p++)
        {
            var members = ids.OrderBy(_ => random.Next()).Take(2 + random.Next(3)).ToArray();
            b.Project($"q{p:D3}", 2014 + random.Next(9), members, Domains[random.Next(Domains.Length)]);
        }

        for (var d = 0; d < actors / 6; d++)
        {
            var (x, y) = (ids[random.Next(actors)], ids[random.Next(actors)]);
            if (x != y)
            {
                b.Declared(x, y, random.Next(2) == 0 ? null : 2015 + random.Next(8), "declared");
            }

            var (m, c) = (ids[random.Next(actors)], ids[random.Next(actors)]);
            if (m != c)
            {
                b.Member(m, c);
            }

            b.ActiveIn(ids[random.Next(actors)], "ict");
        }

        return b.Build();
    }

    private static string Describe(CollaborationPath p, GraphSnapshot g) =>
        $"{string.Join(' ', p.ActorIds)} | {string.Join(',', p.Countries)} x{p.BorderCrossings} w{p.WeakestLink} t{p.TotalStrength} | " +
        string.Join(' ', p.Steps.Select(s => $"{g.ActorIds[s.From]}>{g.ActorIds[s.To]}:{s.Relation}" +
            (s.TieIndex < 0 ? "" : $"/{g.Weights[s.TieIndex]}/{g.FirstYears[s.TieIndex]}/{g.LastYears[s.TieIndex]}/{g.Declared[s.TieIndex]}")));
}
