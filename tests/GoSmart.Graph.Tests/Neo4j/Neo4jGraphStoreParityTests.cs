using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Neo4j;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Neo4j;

/// <summary>
/// The contract between the stores: the same batches applied to the embedded store and to the Neo4j
/// store (through the Query API test server) must give the same answer to every read of the port.
/// </summary>
[Collection(QueryApiServerGroup.Name)]
public sealed class Neo4jGraphStoreParityTests(QueryApiServerFixture server) : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Partners_graph_reads_the_same_from_both_stores()
    {
        await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        await using var neo4j = await Neo4jGraphStore.OpenAsync(server.NewDatabase(), Ct);

        await BothAsync(embedded, neo4j, TestGraphs.Partners());

        await AssertSameAsync(embedded, neo4j);
    }

    [Fact]
    public async Task Updates_and_incremental_batches_derive_the_same_ties_domains_and_counts()
    {
        await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        await using var neo4j = await Neo4jGraphStore.OpenAsync(server.NewDatabase(), Ct);
        await BothAsync(embedded, neo4j, TestGraphs.Partners());
        await BothAsync(embedded, neo4j, new GraphBatch
        {
            Projects = [new Project("project:p1") { StartDate = new DateOnly(2015, 1, 1), S3DomainIds = ["domain:energy"] }],
            Participations = [new Participation("actor:c", "project:p2", "participant"), new Participation("actor:a", "project:p1", "coordinator")],
        });
        var random = new Random(11);
        var ids = Enumerable.Range(0, 12).Select(i => $"actor:r{i:D2}").ToArray();
        var first = new GraphBuilder().Domain("x", "y");
        for (var i = 0; i < ids.Length; i++)
        {
            first.Actor(ids[i], country: i % 3 == 0 ? "PL" : "DE");
        }

        await BothAsync(embedded, neo4j, first.Build());
        for (var step = 0; step < 8; step++)
        {
            var members = ids.OrderBy(_ => random.Next()).Take(2 + random.Next(3)).ToArray();
            var batch = new GraphBuilder().Project($"rp{step % 4}", 2010 + random.Next(10), [], step % 2 == 0 ? "x" : "y");
            foreach (var m in members)
            {
                batch.Participation(m, $"rp{step % 4}");
            }

            if (step % 3 == 0)
            {
                batch.Declared(members[0], members[^1], 2000 + step, $"step {step}");
            }

            await BothAsync(embedded, neo4j, batch.Build());
        }

        await AssertSameAsync(embedded, neo4j);
    }

    [Fact]
    public async Task Invalid_batch_is_refused_with_the_same_message_and_writes_nothing()
    {
        await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        await using var neo4j = await Neo4jGraphStore.OpenAsync(server.NewDatabase(), Ct);
        await BothAsync(embedded, neo4j, TestGraphs.Partners());
        var bad = new GraphBuilder().Actor("new").Participation("new", "p3").Participation("ghost", "p3").Build();

        var expected = await Assert.ThrowsAsync<ArgumentException>(() => embedded.ApplyAsync(bad, Ct));
        var actual = await Assert.ThrowsAsync<ArgumentException>(() => neo4j.ApplyAsync(bad, Ct));

        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(1, await neo4j.GetVersionAsync(Ct));
        Assert.Empty(await neo4j.GetActorsAsync(["actor:new"], Ct));
    }

    [Fact]
    public async Task Removals_rederive_the_same_ties_domains_and_counts()
    {
        await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        await using var neo4j = await Neo4jGraphStore.OpenAsync(server.NewDatabase(), Ct);
        await BothAsync(embedded, neo4j, TestGraphs.Partners());
        GraphRemovals[] steps =
        [
            // a loses p1: the a-e tie goes, a-b weighs 1 (p2) and stays declared.
            new() { Participations = [new ParticipationKey("actor:a", "project:p1")] },
            // Declared a-d goes (nothing else derives it); declared a-b goes but p2 still derives it; the rest is removed once more below.
            new()
            {
                DeclaredCollaborations = [new ActorPair("actor:d", "actor:a"), new ActorPair("actor:a", "actor:b")],
                Memberships = [new Membership("actor:e", "actor:d")],
                DeclaredDomains = [new ActorDomainKey("actor:f", "domain:ict")],
            },
            new() { DeclaredCollaborations = [new ActorPair("actor:d", "actor:a")], Participations = [new ParticipationKey("actor:x", "project:p1")] },
            // b goes with its participations, ties and ACTIVE_IN; c and e lose their only ties.
            new() { ActorIds = ["actor:b", "actor:missing"] },
        ];

        foreach (var removals in steps)
        {
            await BothAsync(embedded, neo4j, new GraphBatch { Removals = removals });
            await AssertSameAsync(embedded, neo4j, expectTieAToB: false);
        }

        // Removed and added back in one batch: it returns without its old relationships.
        var back = new GraphBuilder().Actor("b", "Hamburg Institute", ActorKind.Research, "DE", "region:DE60").Participation("b", "p3").Build()
            with { Removals = new GraphRemovals { ActorIds = ["actor:b", "actor:c"] } };
        await BothAsync(embedded, neo4j, back);
        await AssertSameAsync(embedded, neo4j, expectTieAToB: false);
    }

    [Fact]
    public async Task Upsert_naming_an_actor_the_same_batch_removes_is_refused_alike_and_rolls_the_removal_back()
    {
        await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        await using var neo4j = await Neo4jGraphStore.OpenAsync(server.NewDatabase(), Ct);
        await BothAsync(embedded, neo4j, TestGraphs.Partners());
        var bad = new GraphBuilder().Participation("b", "p3").Build() with { Removals = new GraphRemovals { ActorIds = ["actor:b"] } };

        var expected = await Assert.ThrowsAsync<ArgumentException>(() => embedded.ApplyAsync(bad, Ct));
        var actual = await Assert.ThrowsAsync<ArgumentException>(() => neo4j.ApplyAsync(bad, Ct));

        Assert.Equal(expected.Message, actual.Message);
        await AssertSameAsync(embedded, neo4j);
    }

    [Fact]
    public async Task Audit_log_is_written_with_its_batch_and_pages_the_same_on_both_stores()
    {
        await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        await using var neo4j = await Neo4jGraphStore.OpenAsync(server.NewDatabase(), Ct);
        await BothAsync(embedded, neo4j, TestGraphs.Partners());
        var at = new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.FromHours(1));
        for (var i = 0; i < 5; i++)
        {
            var id = $"g{i % 2}";
            await BothAsync(embedded, neo4j, new GraphBuilder().Actor(id, $"Actor {i}").Build() with
            {
                Audit =
                [
                    new AuditEntry(0, at.AddMinutes(i), i % 2 == 0 ? "alice" : "bob", "upsertActor", "actor:" + id) { After = $"{{\"name\":\"Actor {i}\"}}" },
                    new AuditEntry(0, at.AddMinutes(i), "alice", "note", "actor:a"),
                ],
            });
        }

        await BothAsync(embedded, neo4j, new GraphBatch
        {
            Removals = new GraphRemovals { ActorIds = ["actor:g0"] },
            Audit = [new AuditEntry(0, at.AddHours(1), "root", "removeActor", "actor:g0") { Before = "{\"name\":\"Actor 4\"}" }],
        });
        // A refused batch leaves no entry.
        var refused = new GraphBuilder().Participation("ghost", "p1").Build() with { Audit = [new AuditEntry(0, at, "alice", "addParticipation", "actor:ghost")] };
        await Assert.ThrowsAsync<ArgumentException>(() => embedded.ApplyAsync(refused, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => neo4j.ApplyAsync(refused, Ct));

        AuditQuery[] queries =
        [
            new(100), new(3), new(3, BeforeSequence: 9), new(4, BeforeSequence: 2), new(10, TargetId: "actor:g0"),
            new(2, BeforeSequence: 10, TargetId: "actor:g0"), new(10, TargetId: "actor:missing"), new(10, BeforeSequence: 1),
        ];
        foreach (var query in queries)
        {
            var expected = await embedded.GetAuditLogAsync(query, Ct);
            var actual = await neo4j.GetAuditLogAsync(query, Ct);
            Assert.Equal(expected, actual);
        }

        var log = await neo4j.GetAuditLogAsync(new AuditQuery(100), Ct);
        Assert.Equal(11, log.Count);
        Assert.Equal(("removeActor", "root", at.AddHours(1)), (log[0].Operation, log[0].Principal, log[0].At));
        Assert.Equal(log.Select(e => e.Sequence).OrderDescending(), log.Select(e => e.Sequence));
        await AssertSameAsync(embedded, neo4j);
    }

    private static async Task BothAsync(EmbeddedGraphStore embedded, Neo4jGraphStore neo4j, GraphBatch batch)
    {
        await embedded.ApplyAsync(batch, Ct);
        await neo4j.ApplyAsync(batch, Ct);
    }

    private static async Task AssertSameAsync(EmbeddedGraphStore embedded, Neo4jGraphStore neo4j, bool expectTieAToB = true)
    {
        var expected = await StoreDescription.DescribeAsync(embedded);
        var actual = await StoreDescription.DescribeAsync(neo4j);

        if (expectTieAToB)
        {
            Assert.Contains("\"OtherActorId\": \"actor:b\"", expected["neighbours"], StringComparison.Ordinal);
        }

        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var key in expected.Keys)
        {
            Assert.True(expected[key] == actual[key], $"'{key}' differs.\nembedded: {expected[key]}\nneo4j: {actual[key]}");
        }
    }
}
