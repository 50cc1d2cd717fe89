using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Tests.Core.Storage.Embedded;

public sealed class EmbeddedGraphStoreTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task OpenAsync_new_directory_is_empty_at_version_zero()
    {
        var options = new EmbeddedStoreOptions { DataDirectory = Path.Combine(directory.Path, "nested", "data") };

        await using var store = await EmbeddedGraphStore.OpenAsync(options, Ct);

        Assert.True(await store.IsEmptyAsync(Ct));
        Assert.Equal(0, await store.GetVersionAsync(Ct));
        Assert.True(File.Exists(options.DatabasePath));
    }

    [Fact]
    public async Task OpenAsync_of_a_store_already_open_is_refused_with_what_to_do_and_succeeds_once_it_is_closed()
    {
        var options = new EmbeddedStoreOptions { DataDirectory = directory.Path, LockWait = TimeSpan.FromMilliseconds(300) };
        var first = await EmbeddedGraphStore.OpenAsync(options, Ct);
        await first.ApplyAsync(TestGraphs.Partners(), Ct);

        var error = await Assert.ThrowsAsync<StoreLockedException>(() => EmbeddedGraphStore.OpenAsync(options, Ct));
        await first.DisposeAsync();
        await using var second = await EmbeddedGraphStore.OpenAsync(options with { LockWait = TimeSpan.Zero }, Ct);

        Assert.Contains("is open in another process", error.Message, StringComparison.Ordinal);
        Assert.Contains("stop that process first", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await second.GetVersionAsync(Ct));
    }

    [Fact]
    public async Task OpenAsync_waits_for_a_store_being_closed_elsewhere()
    {
        var options = new EmbeddedStoreOptions { DataDirectory = directory.Path };
        var first = await EmbeddedGraphStore.OpenAsync(options, Ct);
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var released = 0;
        var opening = Task.Run(async () =>
        {
            var store = await EmbeddedGraphStore.OpenAsync(options with { LockWait = TimeSpan.FromMinutes(1), WaitingForLock = waiting.SetResult }, Ct);
            return (Store: store, ReleasedBefore: Volatile.Read(ref released) == 1);
        });

        await waiting.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var openedBeforeTheRelease = opening.IsCompleted;
        Volatile.Write(ref released, 1);
        await first.DisposeAsync();
        var opened = await opening.WaitAsync(TimeSpan.FromMinutes(1));
        await using var second = opened.Store;

        Assert.False(openedBeforeTheRelease);
        Assert.True(opened.ReleasedBefore);
        Assert.True(await second.IsEmptyAsync(Ct));
    }

    [Fact]
    public async Task ApplyAsync_then_reopen_keeps_everything_and_the_version()
    {
        await using (var store = await Open())
        {
            await store.ApplyAsync(TestGraphs.Partners(), Ct);
            await store.ApplyAsync(new GraphBuilder().Actor("g", "Late Actor").Build(), Ct);
        }

        await using var reopened = await Open();

        Assert.Equal(2, await reopened.GetVersionAsync(Ct));
        var actors = await reopened.GetActorsAsync(["actor:a", "actor:g", "actor:missing"], Ct);
        Assert.Equal(["actor:a", "actor:g"], actors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("BUT", actors["actor:a"].ShortName);
        Assert.Equal(["Politechnika Białostocka"], actors["actor:a"].AlternativeNames);
        var projects = await reopened.GetProjectsAsync(["project:p2"], Ct);
        Assert.Equal(new DateOnly(2019, 3, 1), projects["project:p2"].StartDate);
        Assert.Equal(["domain:agri-food", "domain:ict"], projects["project:p2"].S3DomainIds);
        var ties = (await reopened.GetNeighboursAsync(["actor:a"], Ct))["actor:a"];
        Assert.Equal(["actor:b", "actor:d", "actor:e"], ties.Select(t => t.OtherActorId));
        Assert.Equal(3, (await reopened.ListRegionsAsync(Ct)).Count(r => r.ParentId is not null));
        Assert.Equal(3, (await reopened.ListDomainsAsync(Ct)).Count);
        Assert.Single((await reopened.GetMembershipsAsync(["actor:d"], Ct))["actor:d"]);
        Assert.Single((await reopened.GetRegionPrioritiesAsync(["region:PL84"], Ct))["region:PL84"]);

        await reopened.ApplyAsync(new GraphBuilder().Actor("h").Build(), Ct);

        Assert.Equal(3, await reopened.GetVersionAsync(Ct));
    }

    [Fact]
    public async Task ApplyAsync_participation_of_unknown_actor_throws_and_changes_nothing()
    {
        await using var store = await Open();
        await store.ApplyAsync(TestGraphs.Partners(), Ct);
        var bad = new GraphBuilder()
            .Actor("new")
            .Participation("new", "p3")
            .Participation("ghost", "p3")
            .Build();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.ApplyAsync(bad, Ct));

        Assert.Contains("actor:ghost", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await store.GetVersionAsync(Ct));
        Assert.Empty(await store.GetActorsAsync(["actor:new"], Ct));
        Assert.Equal(1, (await store.GetActorMetricsAsync(["actor:c"], Ct))["actor:c"].Degree);
        await store.DisposeAsync();
        await using var reopened = await Open();
        Assert.Equal(1, await reopened.GetVersionAsync(Ct));
        Assert.Equal(6, await reopened.CountActorsAsync(null, Ct));
    }

    [Fact]
    public async Task ApplyAsync_duplicate_key_in_one_batch_throws()
    {
        await using var store = await Open();
        var bad = new GraphBuilder().Actor("a").Actor("a", "Again").Build();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.ApplyAsync(bad, Ct));

        Assert.Contains("appears twice", error.Message, StringComparison.Ordinal);
        Assert.True(await store.IsEmptyAsync(Ct));
    }

    [Fact]
    public async Task ApplyAsync_failure_inside_the_transaction_rolls_back_sqlite_and_the_index()
    {
        await using var store = await Open();
        await store.ApplyAsync(TestGraphs.Partners(), Ct);
        // A trigger makes the last statements of the batch fail, after actors and participations were written.
        Sql("CREATE TRIGGER fail_x BEFORE INSERT ON derived_domains WHEN NEW.actor_id = 'actor:x' BEGIN SELECT RAISE(ABORT, 'injected'); END");
        var batch = new GraphBuilder().Actor("x").Participation("x", "p1").Declared("x", "f").Build();

        await Assert.ThrowsAsync<SqliteException>(() => store.ApplyAsync(batch, Ct));

        Assert.Equal(1, await store.GetVersionAsync(Ct));
        Assert.Empty(await store.GetActorsAsync(["actor:x"], Ct));
        Assert.Equal(new ActorMetrics(2, 1), (await store.GetActorMetricsAsync(["actor:e"], Ct))["actor:e"]);
        Assert.Empty((await store.GetNeighboursAsync(["actor:f"], Ct))["actor:f"]);
        Assert.Equal(3, (await store.GetActorParticipationsAsync("actor:b", PageRequest.FirstN(10), Ct)).Edges.Count);
        Sql("DROP TRIGGER fail_x");
        await store.ApplyAsync(batch, Ct);
        Assert.Equal(new ActorMetrics(3, 1), (await store.GetActorMetricsAsync(["actor:e"], Ct))["actor:e"]);
        Assert.Equal(["actor:x"], (await store.GetNeighboursAsync(["actor:f"], Ct))["actor:f"].Select(c => c.OtherActorId));
    }

    [Fact]
    public async Task ApplyAsync_ten_thousand_rows_commit_as_one_batch()
    {
        await using var store = await Open();
        var builder = new GraphBuilder().Region("DE", "DE");
        for (var i = 0; i < 4_000; i++)
        {
            builder.Actor($"n{i:D5}");
        }

        for (var i = 0; i < 2_000; i++)
        {
            builder.Project($"q{i:D5}", 2015 + (i % 6), [$"n{i:D5}", $"n{(i + 1) % 4_000:D5}", $"n{(i + 2000) % 4_000:D5}"]);
        }

        var batch = builder.Build();

        await store.ApplyAsync(batch, Ct);

        Assert.True(batch.Count >= 10_000);
        Assert.Equal(1, await store.GetVersionAsync(Ct));
        Assert.Equal(4_000, await store.CountActorsAsync(null, Ct));
        Assert.Equal(2_000, await store.CountProjectsAsync(null, Ct));
    }

    [Fact]
    public async Task GetNeighboursAsync_derives_weights_years_and_declared_ties()
    {
        await using var store = await Open();

        await store.ApplyAsync(TestGraphs.Partners(), Ct);

        var a = (await store.GetNeighboursAsync(["actor:a", "actor:unknown"], Ct)).Single();
        Assert.Equal("actor:a", a.Key);
        var ab = a.Value[0];
        Assert.Equal(("actor:b", 2, 2017, 2019, true, "partners since 2016"), (ab.OtherActorId, ab.Weight, ab.FirstYear, ab.LastYear, ab.Declared, ab.DeclaredEvidence));
        var ad = a.Value.Single(t => t.OtherActorId == "actor:d");
        Assert.Equal((1, 2019, 2019, true), (ad.Weight, ad.FirstYear, ad.LastYear, ad.Declared));
        var ae = a.Value.Single(t => t.OtherActorId == "actor:e");
        Assert.Equal((1, 2017, 2017, false), (ae.Weight, ae.FirstYear, ae.LastYear, ae.Declared));
        var metrics = await store.GetActorMetricsAsync(["actor:a", "actor:b", "actor:f"], Ct);
        Assert.Equal(new ActorMetrics(3, 2), metrics["actor:a"]);
        Assert.Equal(new ActorMetrics(3, 3), metrics["actor:b"]);
        Assert.Equal(new ActorMetrics(0, 0), metrics["actor:f"]);
    }

    [Fact]
    public async Task GetStatsAsync_counts_pairs_and_cross_border_pairs()
    {
        await using var store = await Open();
        await store.ApplyAsync(TestGraphs.Partners(), Ct);

        var stats = await store.GetStatsAsync(Ct);

        Assert.Equal((6, 4, 8, 5, 3, 6, 3), (stats.Actors, stats.Projects, stats.Participations, stats.CollaborationPairs, stats.CrossBorderPairs, stats.Regions, stats.S3Domains));
        Assert.Equal(2, stats.ActorsByKind[ActorKind.Research]);
        Assert.Equal(3, stats.ActorsByCountry["DE"]);
        Assert.Equal(1, stats.Version);
    }

    [Fact]
    public async Task GetActorDomainsAsync_derives_from_projects_and_merges_declared()
    {
        await using var store = await Open();
        await store.ApplyAsync(TestGraphs.Partners(), Ct);

        var domains = await store.GetActorDomainsAsync(["actor:a", "actor:f", "actor:nobody"], Ct);

        Assert.Equal(2, domains.Count);
        Assert.Equal(
            [new ActorDomain("actor:a", "domain:agri-food", EdgeSource.Derived, 2), new ActorDomain("actor:a", "domain:ict", EdgeSource.Derived, 1)],
            domains["actor:a"]);
        Assert.Equal([new ActorDomain("actor:f", "domain:ict", EdgeSource.Declared, 1)], domains["actor:f"]);
    }

    [Fact]
    public async Task ApplyAsync_updates_keep_derived_data_correct()
    {
        await using var store = await Open();
        await store.ApplyAsync(TestGraphs.Partners(), Ct);
        var update = new GraphBatch
        {
            Projects = [new Project("project:p1") { StartDate = new DateOnly(2015, 1, 1), S3DomainIds = ["domain:energy"] }],
            Participations = [new Participation("actor:c", "project:p2", "participant"), new Participation("actor:a", "project:p1", "coordinator")],
        };

        await store.ApplyAsync(update, Ct);

        var ties = await store.GetNeighboursAsync(["actor:a", "actor:c", "actor:e"], Ct);
        var ab = ties["actor:a"].Single(t => t.OtherActorId == "actor:b");
        Assert.Equal((2, 2015, 2019), (ab.Weight, ab.FirstYear, ab.LastYear));
        Assert.Equal(["actor:a", "actor:b"], ties["actor:c"].Select(t => t.OtherActorId).Order(StringComparer.Ordinal));
        Assert.Equal(2, ties["actor:c"].Single(t => t.OtherActorId == "actor:b").Weight);
        Assert.Equal(2015, ties["actor:e"].Single(t => t.OtherActorId == "actor:a").FirstYear);
        var domains = await store.GetActorDomainsAsync(["actor:e", "actor:c"], Ct);
        Assert.Equal([new ActorDomain("actor:e", "domain:energy", EdgeSource.Derived, 1)], domains["actor:e"]);
        Assert.Equal(["domain:agri-food", "domain:energy", "domain:ict"], domains["actor:c"].Select(d => d.DomainId).Order(StringComparer.Ordinal));
        var participation = (await store.GetProjectParticipationsAsync("project:p1", PageRequest.FirstN(10), Ct)).Edges[0].Node;
        Assert.Equal(("actor:a", "coordinator"), (participation.ActorId, participation.Role));
        Assert.Equal(new ActorMetrics(2, 2), (await store.GetActorMetricsAsync(["actor:c"], Ct))["actor:c"]);
        Assert.Equal(1, await store.CountActorsAsync(new ActorFilter { S3DomainIds = ["domain:energy"], Kinds = [ActorKind.Company] }, Ct));
    }

    [Fact]
    public async Task ApplyAsync_incremental_derivation_equals_a_full_rebuild_on_reopen()
    {
        var random = new Random(7);
        var ids = Enumerable.Range(0, 40).Select(i => $"actor:r{i:D2}").ToArray();
        Dictionary<string, string[]> before;
        GraphStats statsBefore;
        await using (var store = await Open())
        {
            var first = new GraphBuilder().Region("DE", "DE").Region("PL", "PL").Domain("x", "y", "z");
            for (var i = 0; i < ids.Length; i++)
            {
                first.Actor(ids[i], country: i % 3 == 0 ? "PL" : "DE");
            }

            await store.ApplyAsync(first.Build(), Ct);
            for (var step = 0; step < 30; step++)
            {
                var members = ids.OrderBy(_ => random.Next()).Take(2 + random.Next(4)).ToArray();
                var batch = new GraphBuilder().Project($"rp{step % 12}", 2010 + random.Next(10), [], step % 2 == 0 ? "x" : "y");
                foreach (var m in members)
                {
                    batch.Participation(m, $"rp{step % 12}");
                }

                if (step % 5 == 0)
                {
                    batch.Declared(members[0], ids[random.Next(ids.Length)] == members[0] ? members[1] : members[^1], 2000 + step);
                }

                await store.ApplyAsync(batch.Build(), Ct);
            }

            before = Describe(await store.GetNeighboursAsync(ids, Ct));
            statsBefore = await store.GetStatsAsync(Ct);
        }

        await using var reopened = await Open();

        Assert.Equal(before, Describe(await reopened.GetNeighboursAsync(ids, Ct)));
        var statsAfter = await reopened.GetStatsAsync(Ct);
        Assert.Equal((statsBefore.CollaborationPairs, statsBefore.CrossBorderPairs), (statsAfter.CollaborationPairs, statsAfter.CrossBorderPairs));
        var metrics = await reopened.GetActorMetricsAsync(ids, Ct);
        var byDegree = await reopened.QueryActorsAsync(new ActorQuery(null, [new ActorSort(ActorSortField.Degree, SortDirection.Descending)], PageRequest.FirstN(1)), Ct);
        Assert.Equal(metrics.Values.Max(m => m.Degree), metrics[byDegree.Edges[0].Node.Id].Degree);
    }

    [Fact]
    public async Task ApplyAsync_cancelled_token_throws_and_writes_nothing()
    {
        await using var store = await Open();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ApplyAsync(TestGraphs.Partners(), cancelled.Token));

        Assert.True(await store.IsEmptyAsync(Ct));
        Assert.Equal(0, await store.GetVersionAsync(Ct));
    }

    [Fact]
    public async Task GetSnapshotAsync_matches_the_neighbours_and_is_cached_per_version()
    {
        await using var store = await Open();
        await store.ApplyAsync(TestGraphs.Partners(), Ct);

        var snapshot = await store.GetSnapshotAsync(Ct);

        Assert.Same(snapshot, await store.GetSnapshotAsync(Ct));
        Assert.Equal(snapshot.ActorIds.Order(StringComparer.Ordinal), snapshot.ActorIds);
        var neighbours = await store.GetNeighboursAsync(snapshot.ActorIds.ToArray(), Ct);
        for (var i = 0; i < snapshot.NodeCount; i++)
        {
            var range = snapshot.Offsets[i]..snapshot.Offsets[i + 1];
            var expected = neighbours[snapshot.ActorIds[i]].OrderBy(c => c.OtherActorId, StringComparer.Ordinal).ToArray();
            Assert.Equal(expected.Select(c => c.OtherActorId), snapshot.Neighbours[range].Select(n => snapshot.ActorIds[n]));
            Assert.Equal(expected.Select(c => c.Weight), snapshot.Weights[range]);
            Assert.Equal(expected.Select(c => c.FirstYear ?? 0), snapshot.FirstYears[range]);
        }

        await store.ApplyAsync(new GraphBuilder().Actor("z").Build(), Ct);
        Assert.Equal(7, (await store.GetSnapshotAsync(Ct)).NodeCount);
    }

    [Fact]
    public async Task GetSnapshotAsync_carries_memberships_domains_and_declared_flags()
    {
        await using var store = await Open();
        await store.ApplyAsync(TestGraphs.Partners(), Ct);

        var s = await store.GetSnapshotAsync(Ct);

        int A(string id) => s.IndexOf("actor:" + id);
        string[] Domains(string id) => [.. s.DomainsOf(A(id)).ToArray().Select(d => s.DomainIds[d])];
        Assert.Equal([A("d")], s.MembersOf(A("e")).ToArray());
        Assert.Equal([A("e")], s.MembersOf(A("d")).ToArray());
        Assert.Equal(["domain:agri-food", "domain:ict"], Domains("a"));
        Assert.Equal(["domain:ict"], Domains("f"));
        Assert.Equal(2, s.ActorDomainWeights[s.DomainOffsets[A("a")]]);
        Assert.True(s.Declared[s.TieIndex(A("a"), A("d"))]);
        Assert.False(s.Declared[s.TieIndex(A("b"), A("c"))]);
        Assert.Equal(-1, s.TieIndex(A("a"), A("f")));
        Assert.Equal(["domain:agri-food", "domain:energy", "domain:ict"], s.DomainIds);
    }

    [Fact]
    public async Task GetCollaboratorsAsync_pages_strongest_first_both_ways()
    {
        await using var store = await Open();
        await store.ApplyAsync(TestGraphs.Partners(), Ct);

        var first = await store.GetCollaboratorsAsync("actor:b", PageRequest.FirstN(2), Ct);
        var rest = await store.GetCollaboratorsAsync("actor:b", new PageRequest(First: 2, After: first.EndCursor), Ct);
        var back = await store.GetCollaboratorsAsync("actor:b", new PageRequest(Last: 2, Before: rest.StartCursor), Ct);

        Assert.Equal(["actor:a", "actor:c"], first.Edges.Select(e => e.Node.OtherActorId));
        Assert.True(first.HasNextPage);
        Assert.Equal(["actor:e"], rest.Edges.Select(e => e.Node.OtherActorId));
        Assert.False(rest.HasNextPage);
        Assert.True(rest.HasPreviousPage);
        Assert.Equal(first.Edges.Select(e => e.Cursor), back.Edges.Select(e => e.Cursor));
        await Assert.ThrowsAsync<InvalidCursorException>(() => store.GetCollaboratorsAsync("actor:b", new PageRequest(First: 2, After: "nonsense"), Ct));
    }

    [Fact]
    public async Task Participations_and_shared_projects_come_most_recent_first()
    {
        await using var store = await Open();
        await store.ApplyAsync(TestGraphs.Partners(), Ct);

        var ofB = await store.GetActorParticipationsAsync("actor:b", PageRequest.FirstN(10), Ct);
        var ofP1 = await store.GetProjectParticipationsAsync("project:p1", PageRequest.FirstN(10), Ct);
        var shared = await store.GetSharedProjectsAsync([new ActorPair("actor:b", "actor:a"), new ActorPair("actor:a", "actor:f")], 1, Ct);

        Assert.Equal(["project:p3", "project:p2", "project:p1"], ofB.Edges.Select(e => e.Node.ProjectId));
        Assert.Equal(["actor:b", "actor:a", "actor:e"], ofP1.Edges.Select(e => e.Node.ActorId));
        var ab = shared[new ActorPair("actor:a", "actor:b")];
        Assert.Equal((2, "project:p2"), (ab.TotalCount, ab.Projects.Single().Id));
        Assert.Equal(0, shared[new ActorPair("actor:f", "actor:a")].TotalCount);
    }

    [Fact]
    public async Task Reads_run_safely_beside_writes()
    {
        await using var store = await Open();
        await store.ApplyAsync(TestGraphs.Partners(), Ct);
        using var stop = new CancellationTokenSource();

        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                await store.ApplyAsync(new GraphBuilder().Actor($"w{i}").Project($"wp{i}", 2018, [$"w{i}", "a"], "ict").Build(), Ct);
            }
        });
        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
        {
            var reads = 0;
            while (!writer.IsCompleted || reads < 20)
            {
                await store.QueryActorsAsync(new ActorQuery(null, [new ActorSort(ActorSortField.Degree, SortDirection.Descending)], PageRequest.FirstN(5)), Ct);
                await store.GetNeighboursAsync(["actor:a"], Ct);
                await store.SearchActorsAsync("hamburg", 5, Ct);
                await store.GetSnapshotAsync(Ct);
                await store.GetStatsAsync(Ct);
                reads++;
            }

            return reads;
        })).ToArray();

        await writer;
        var counts = await Task.WhenAll(readers);

        Assert.All(counts, c => Assert.True(c >= 20));
        Assert.Equal(43, (await store.GetActorMetricsAsync(["actor:a"], Ct))["actor:a"].Degree);
        Assert.Equal(41, await store.GetVersionAsync(Ct));
    }

    [Fact]
    public async Task OpenAsync_uses_wal_and_records_the_schema_version()
    {
        await using (var store = await Open())
        {
            await store.ApplyAsync(TestGraphs.Partners(), Ct);
        }

        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory.Path, "gosmart.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        var mode = command.ExecuteScalar();
        command.CommandText = "PRAGMA user_version";
        var version = command.ExecuteScalar();

        Assert.Equal("wal", mode);
        Assert.Equal(4L, version);
    }

    [Fact]
    public async Task OpenAsync_migrates_a_version_2_file_declared_ties_get_their_row_numbers()
    {
        await using (var store = await Open())
        {
            await store.ApplyAsync(new GraphBuilder().StandardRegions().Actor("a").Actor("b").Actor("c").Declared("a", "b", 2019, "met").Declared("c", "b").Build(), Ct);
        }

        Sql("DROP TABLE index_image; ALTER TABLE declared_collaborations DROP COLUMN actor_no; ALTER TABLE declared_collaborations DROP COLUMN other_no; PRAGMA user_version = 2;");

        await using var reopened = await Open();

        var ties = await reopened.GetNeighboursAsync(["actor:b"], Ct);
        Assert.Equal(["actor:a 1 2019 2019 True", "actor:c 1   True"], Describe(ties)["actor:b"].Order(StringComparer.Ordinal));
        Assert.Equal("met", ties["actor:b"].Single(t => t.OtherActorId == "actor:a").DeclaredEvidence);
        Assert.True((await StoreConsistency.CheckAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct)).IsConsistent);
    }

    [Fact]
    public async Task OpenAsync_migrates_a_version_3_file_and_saves_its_index_image()
    {
        await using (var store = await Open())
        {
            await store.ApplyAsync(TestGraphs.Partners(), Ct);
        }

        Sql("DROP TABLE index_image; PRAGMA user_version = 3;");

        await using (var migrated = await Open())
        {
            Assert.Equal(OpenPhase.ImageWritten, (await migrated.IndexImageSaving)?.Name);
        }

        await using var reopened = await Open();

        Assert.Contains(reopened.OpenPhases, p => p.Name == OpenPhase.ImageRead);
        Assert.Equal(["actor:b 2 2017 2019 True", "actor:d 1 2019 2019 True", "actor:e 1 2017 2017 False"], Describe(await reopened.GetNeighboursAsync(["actor:a"], Ct))["actor:a"].Order(StringComparer.Ordinal));
        Assert.True((await StoreConsistency.CheckAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct)).IsConsistent);
    }

    private static Dictionary<string, string[]> Describe(IReadOnlyDictionary<string, IReadOnlyList<Collaboration>> neighbours) =>
        neighbours.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Select(c => $"{c.OtherActorId} {c.Weight} {c.FirstYear} {c.LastYear} {c.Declared}").ToArray(),
            StringComparer.Ordinal);

    private void Sql(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory.Path, "gosmart.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task GetActorsAsync_after_an_update_returns_the_new_record_not_the_cached_one()
    {
        await using var store = await Open();
        await store.ApplyAsync(new GraphBuilder().Actor("a", "Old Name").Build(), Ct);
        var first = await store.GetActorsAsync(["actor:a"], Ct);

        await store.ApplyAsync(new GraphBuilder().Actor("a", "New Name").Build(), Ct);
        var second = await store.GetActorsAsync(["actor:a"], Ct);

        Assert.Equal("Old Name", first["actor:a"].Name);
        Assert.Equal("New Name", second["actor:a"].Name);
    }

    private Task<EmbeddedGraphStore> Open() =>
        EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
}
