using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Tests.Core.Storage.Embedded;

/// <summary>
/// A full disk, made by SQLite's <c>max_page_count</c> (SQLite then answers SQLITE_FULL as on a full disk): the write
/// fails with <see cref="StoreFullException"/>, nothing of it is stored, reads go on, and the store takes writes again once there is room.
/// </summary>
public sealed class EmbeddedGraphStoreDiskFullTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    /// <summary>A store holding the partners graph whose file may not grow: the next write needing a page fails.</summary>
    public static async Task<EmbeddedGraphStore> FullStoreAsync(string dataDirectory)
    {
        await using (var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = dataDirectory, UseIndexImage = false }, Ct))
        {
            await store.ApplyAsync(TestGraphs.Partners(), Ct);
        }

        // Below the file's size, SQLite keeps the file at its size: any new page is refused.
        return await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = dataDirectory, UseIndexImage = false, MaxPageCount = 1 }, Ct);
    }

    /// <summary>An actor too big for the pages the file has (its names need overflow pages).</summary>
    public static GraphBatch BigActor(string id) => new()
    {
        Actors = [new Actor(id, "Large Name Institute", ActorKind.Research, "PL", "region:PL84")
        {
            AlternativeNames = [.. Enumerable.Range(0, 20).Select(i => $"Alternative name {i} " + new string((char)('a' + i), 280))],
        }],
    };

    [Fact]
    public async Task ApplyAsync_on_a_full_disk_throws_store_full_and_writes_nothing()
    {
        await using var store = await FullStoreAsync(directory.Path);
        var version = await store.GetVersionAsync(Ct);
        var before = await StoreDescription.DescribeAsync(store);

        var error = await Assert.ThrowsAsync<StoreFullException>(() => store.ApplyAsync(BigActor("actor:big"), Ct));

        Assert.Equal(SQLitePCL.raw.SQLITE_FULL, Assert.IsType<SqliteException>(error.InnerException).SqliteErrorCode);
        Assert.Contains("Free disk space", error.Message, StringComparison.Ordinal);
        Assert.Equal(version, await store.GetVersionAsync(Ct));
        Assert.Empty(await store.GetActorsAsync(["actor:big"], Ct));
        var after = await StoreDescription.DescribeAsync(store);
        Assert.Equal(before, after);
        Assert.Equal("Białystok University of Technology", (await store.SearchActorsAsync("bialystok", 1, Ct)).Single().Actor.Name);
    }

    [Fact]
    public async Task ApplyAsync_after_room_is_made_writes_again_on_a_consistent_store()
    {
        await (await FullStoreAsync(directory.Path)).DisposeAsync();
        await using (var full = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path, UseIndexImage = false, MaxPageCount = 1 }, Ct))
        {
            await Assert.ThrowsAsync<StoreFullException>(() => full.ApplyAsync(BigActor("actor:big"), Ct));
        }

        var options = new EmbeddedStoreOptions { DataDirectory = directory.Path, UseIndexImage = false };
        await using (var store = await EmbeddedGraphStore.OpenAsync(options, Ct))
        {
            await store.ApplyAsync(BigActor("actor:big"), Ct);

            Assert.Equal("Large Name Institute", (await store.GetActorsAsync(["actor:big"], Ct))["actor:big"].Name);
        }

        Assert.True((await StoreConsistency.CheckAsync(options, Ct)).IsConsistent);
    }
}
