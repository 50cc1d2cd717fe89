using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Storage.Embedded;

public sealed class EmbeddedGraphStoreRemovalTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private EmbeddedStoreOptions Options => new() { DataDirectory = directory.Path };

    private async Task<EmbeddedGraphStore> OpenPartners()
    {
        var store = await EmbeddedGraphStore.OpenAsync(Options, Ct);
        await store.ApplyAsync(TestGraphs.Partners(), Ct);
        return store;
    }

    private static GraphBatch Removing(GraphRemovals removals) => new() { Removals = removals };

    private async Task AssertConsistent()
    {
        var report = await StoreConsistency.CheckAsync(Options, Ct);
        Assert.True(report.IsConsistent, string.Join("\n", report.Problems));
    }

    [Fact]
    public async Task ApplyAsync_removing_an_actor_removes_its_relationships_and_rederives_its_neighbours()
    {
        await using var store = await OpenPartners();

        await store.ApplyAsync(Removing(new GraphRemovals { ActorIds = ["actor:b"] }), Ct);

        Assert.Equal(2, await store.GetVersionAsync(Ct));
        Assert.Empty(await store.GetActorsAsync(["actor:b"], Ct));
        var metrics = await store.GetActorMetricsAsync(["actor:a", "actor:c", "actor:e"], Ct);
        Assert.Equal(new ActorMetrics(2, 2), metrics["actor:a"]);
        Assert.Equal(new ActorMetrics(0, 1), metrics["actor:c"]);
        Assert.Equal(new ActorMetrics(1, 1), metrics["actor:e"]);
        Assert.Equal(["actor:d", "actor:e"], (await store.GetNeighboursAsync(["actor:a"], Ct))["actor:a"].Select(t => t.OtherActorId).Order(StringComparer.Ordinal));
        Assert.Equal(["actor:a", "actor:e"], (await store.GetProjectParticipationsAsync("project:p1", PageRequest.FirstN(10), Ct)).Edges.Select(e => e.Node.ActorId).Order(StringComparer.Ordinal));
        Assert.Empty(await store.SearchActorsAsync("hamburg institute", 5, Ct));
        await store.DisposeAsync();
        await AssertConsistent();
    }

    [Fact]
    public async Task ApplyAsync_removing_a_participation_drops_the_tie_it_alone_derived()
    {
        await using var store = await OpenPartners();

        await store.ApplyAsync(Removing(new GraphRemovals { Participations = [new ParticipationKey("actor:a", "project:p1")] }), Ct);

        var ties = (await store.GetNeighboursAsync(["actor:a"], Ct))["actor:a"];
        Assert.Equal(["actor:b", "actor:d"], ties.Select(t => t.OtherActorId).Order(StringComparer.Ordinal));
        Assert.Equal(1, ties.Single(t => t.OtherActorId == "actor:b").Weight);
        Assert.Equal(new ActorMetrics(1, 1), (await store.GetActorMetricsAsync(["actor:e"], Ct))["actor:e"]);
        await store.DisposeAsync();
        await AssertConsistent();
    }

    [Fact]
    public async Task ApplyAsync_removing_declared_ties_memberships_and_domains_twice_changes_nothing_the_second_time()
    {
        await using var store = await OpenPartners();
        var removals = new GraphRemovals
        {
            DeclaredCollaborations = [new ActorPair("actor:d", "actor:a")],
            Memberships = [new Membership("actor:e", "actor:d")],
            DeclaredDomains = [new ActorDomainKey("actor:f", "domain:ict")],
        };

        await store.ApplyAsync(Removing(removals), Ct);
        var afterFirst = await store.GetActorMetricsAsync(["actor:a", "actor:d"], Ct);
        await store.ApplyAsync(Removing(removals), Ct);

        Assert.Equal(new ActorMetrics(0, 1), afterFirst["actor:d"]);
        Assert.Equal(afterFirst, await store.GetActorMetricsAsync(["actor:a", "actor:d"], Ct));
        Assert.Empty((await store.GetMembershipsAsync(["actor:e"], Ct)).GetValueOrDefault("actor:e") ?? []);
        Assert.Empty((await store.GetActorDomainsAsync(["actor:f"], Ct)).GetValueOrDefault("actor:f") ?? []);
        await store.DisposeAsync();
        await AssertConsistent();
    }

    [Fact]
    public async Task ApplyAsync_removal_with_an_invalid_upsert_rolls_back_the_removal_too()
    {
        await using var store = await OpenPartners();
        var batch = new GraphBuilder().Participation("b", "p3").Build() with { Removals = new GraphRemovals { ActorIds = ["actor:b"] } };

        await Assert.ThrowsAsync<ArgumentException>(() => store.ApplyAsync(batch, Ct));

        Assert.Equal(1, await store.GetVersionAsync(Ct));
        Assert.Single(await store.GetActorsAsync(["actor:b"], Ct));
        Assert.Equal(3, (await store.GetActorMetricsAsync(["actor:b"], Ct))["actor:b"].Degree);
    }

    [Fact]
    public async Task ApplyAsync_audit_entries_commit_with_the_change_and_read_newest_first()
    {
        await using var store = await OpenPartners();
        var at = new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);
        var first = new GraphBuilder().Actor("g", "First").Build() with { Audit = [new AuditEntry(0, at, "alice", "upsertActor", "actor:g") { After = "{\"name\":\"First\"}" }] };
        var second = Removing(new GraphRemovals { ActorIds = ["actor:g"] }) with { Audit = [new AuditEntry(0, at.AddMinutes(1), "root", "removeActor", "actor:g") { Before = "{\"name\":\"First\"}" }] };

        await store.ApplyAsync(first, Ct);
        await store.ApplyAsync(second, Ct);
        var log = await store.GetAuditLogAsync(new AuditQuery(10, TargetId: "actor:g"), Ct);
        var older = await store.GetAuditLogAsync(new AuditQuery(10, BeforeSequence: log[0].Sequence), Ct);

        Assert.Equal(["removeActor", "upsertActor"], log.Select(e => e.Operation));
        Assert.Equal(at.AddMinutes(1), log[0].At);
        Assert.Equal("{\"name\":\"First\"}", log[0].Before);
        Assert.Null(log[0].After);
        Assert.Equal(["upsertActor"], older.Select(e => e.Operation));
    }
}
