using GoSmart.Graph.Core.Exchange;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Storage.Embedded;

public sealed class EmbeddedBulkLoadTests(SeededStoreFixture seeded) : IClassFixture<SeededStoreFixture>, IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private EmbeddedStoreOptions Target => new() { DataDirectory = Path.Combine(directory.Path, "bulk") };

    [Fact]
    public async Task Complete_gives_the_same_graph_derived_values_and_search_as_batches()
    {
        using (var load = EmbeddedBulkLoad.Begin(Target))
        {
            await foreach (var batch in seeded.Store.ReadAllAsync(3_000, Ct))
            {
                load.Add(batch, Ct);
            }

            load.Complete(Ct);
        }

        await using var bulk = await EmbeddedGraphStore.OpenAsync(Target, Ct);

        Assert.Equal((await GraphChecksum.ComputeAsync(seeded.Store, Ct)).Sha256, (await GraphChecksum.ComputeAsync(bulk, Ct)).Sha256);
        var (a, b) = (await seeded.Store.GetStatsAsync(Ct), await bulk.GetStatsAsync(Ct));
        Assert.Equal((a.Actors, a.Projects, a.Participations, a.CollaborationPairs, a.CrossBorderPairs), (b.Actors, b.Projects, b.Participations, b.CollaborationPairs, b.CrossBorderPairs));
        Assert.True((await StoreConsistency.CheckAsync(Target, Ct)).IsConsistent);
        var top = await seeded.Store.QueryActorsAsync(new ActorQuery(null, [new ActorSort(ActorSortField.Degree, SortDirection.Descending)], new PageRequest(First: 10)), Ct);
        var bulkTop = await bulk.QueryActorsAsync(new ActorQuery(null, [new ActorSort(ActorSortField.Degree, SortDirection.Descending)], new PageRequest(First: 10)), Ct);
        Assert.Equal(top.Edges.Select(e => e.Node.Id), bulkTop.Edges.Select(e => e.Node.Id));
        Assert.Equal(
            (await seeded.Store.SearchActorsAsync("bialystok", 5, Ct)).Select(h => h.Actor.Id),
            (await bulk.SearchActorsAsync("bialystok", 5, Ct)).Select(h => h.Actor.Id));
    }

    [Fact]
    public async Task Dispose_without_complete_writes_nothing()
    {
        using (var load = EmbeddedBulkLoad.Begin(Target))
        {
            load.Add(new GraphBuilder().StandardRegions().Actor("a").Actor("b").Declared("a", "b").Build(), Ct);
        }

        Assert.True(EmbeddedBulkLoad.CanLoad(Target));
        await using var store = await EmbeddedGraphStore.OpenAsync(Target, Ct);
        Assert.True(await store.IsEmptyAsync(Ct));
        Assert.Empty(await store.ListRegionsAsync(Ct));
    }

    [Fact]
    public async Task A_full_disk_throws_store_full_and_leaves_the_store_empty()
    {
        // max_page_count below the new file's size: SQLite refuses every new page with SQLITE_FULL, as on a full disk.
        var full = new EmbeddedStoreOptions { DataDirectory = Target.DataDirectory, MaxPageCount = 1 };
        using (var load = EmbeddedBulkLoad.Begin(full))
        {
            var error = await Assert.ThrowsAsync<StoreFullException>(async () =>
            {
                await foreach (var batch in seeded.Store.ReadAllAsync(3_000, Ct))
                {
                    load.Add(batch, Ct);
                }

                load.Complete(Ct);
            });

            Assert.Equal(SQLitePCL.raw.SQLITE_FULL, Assert.IsType<Microsoft.Data.Sqlite.SqliteException>(error.InnerException).SqliteErrorCode);
            Assert.Contains("nothing of the load was stored", error.Message, StringComparison.Ordinal);
            Assert.Contains("Free disk space", error.Message, StringComparison.Ordinal);
        }

        Assert.True(EmbeddedBulkLoad.CanLoad(Target));
        await using var store = await EmbeddedGraphStore.OpenAsync(Target, Ct);
        Assert.True(await store.IsEmptyAsync(Ct));
        Assert.Empty(await store.ListRegionsAsync(Ct));
    }

    [Fact]
    public void Complete_with_a_repeated_tie_throws_and_writes_nothing()
    {
        using (var load = EmbeddedBulkLoad.Begin(Target))
        {
            load.Add(new GraphBuilder().StandardRegions().Actor("a").Actor("b").Declared("a", "b").Build(), Ct);
            load.Add(new GraphBuilder().Declared("b", "a").Build(), Ct);

            Assert.Throws<ArgumentException>(() => load.Complete(Ct));
        }

        Assert.True(EmbeddedBulkLoad.CanLoad(Target));
    }

    [Fact]
    public void Add_of_a_tie_to_an_unknown_actor_throws()
    {
        using var load = EmbeddedBulkLoad.Begin(Target);
        load.Add(new GraphBuilder().StandardRegions().Actor("a").Build(), Ct);

        var error = Assert.Throws<ArgumentException>(() => load.Add(new GraphBuilder().Declared("a", "ghost").Build(), Ct));

        Assert.Contains("actor:ghost", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Begin_on_a_store_with_actors_is_refused()
    {
        await using (var store = await EmbeddedGraphStore.OpenAsync(Target, Ct))
        {
            await store.ApplyAsync(new GraphBuilder().StandardRegions().Actor("a").Build(), Ct);
        }

        Assert.False(EmbeddedBulkLoad.CanLoad(Target));

        Assert.Throws<InvalidOperationException>(() => EmbeddedBulkLoad.Begin(Target));
    }

    [Fact]
    public async Task Begin_and_CanLoad_while_the_store_is_open_elsewhere_say_so()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(Target, Ct);

        var noWait = Target with { LockWait = TimeSpan.Zero };
        var check = Assert.Throws<StoreLockedException>(() => EmbeddedBulkLoad.CanLoad(noWait));
        var begin = Assert.Throws<StoreLockedException>(() => EmbeddedBulkLoad.Begin(noWait));

        Assert.Contains("open in another process", check.Message, StringComparison.Ordinal);
        Assert.Contains(Target.DataDirectory, begin.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_during_a_bulk_load_is_refused_and_succeeds_once_it_is_done()
    {
        using (var load = EmbeddedBulkLoad.Begin(Target))
        {
            await Assert.ThrowsAsync<StoreLockedException>(() => EmbeddedGraphStore.OpenAsync(Target with { LockWait = TimeSpan.Zero }, Ct));
            load.Add(new GraphBuilder().StandardRegions().Actor("a").Build(), Ct);
            load.Complete(Ct);
        }

        await using var store = await EmbeddedGraphStore.OpenAsync(Target, Ct);
        Assert.Equal(1, (await store.GetStatsAsync(Ct)).Actors);
    }
}
