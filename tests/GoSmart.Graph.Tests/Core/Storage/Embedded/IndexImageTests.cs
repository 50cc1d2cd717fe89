using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Tests.Core.Storage.Embedded;

/// <summary>
/// The index image kept in the store file: read on an open at its version, never after a write of any
/// kind, rebuilt when stale, missing or damaged, and always giving the index the tables give.
/// </summary>
public sealed class IndexImageTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private EmbeddedStoreOptions Options => new() { DataDirectory = directory.Path };

    public static TheoryData<string> Writes => [.. WriteKinds.Keys];

    private static Dictionary<string, GraphBatch> WriteKinds => new(StringComparer.Ordinal)
    {
        ["new actor"] = new GraphBuilder().Actor("g", "Gdańsk Robotics", ActorKind.Company, "PL", "region:PL").Build(),
        ["changed actor"] = new GraphBuilder().Actor("c", "Hamburg", ActorKind.Authority, "DK", "region:DK03").Build(),
        ["new participation"] = new GraphBuilder().Participation("f", "p3").Build(),
        ["new project"] = new GraphBuilder().Project("p5", 2021, ["c", "f"], "ict").Build(),
        ["project start year"] = new GraphBuilder().Project("p3", 2011, ["b", "c"], "energy").Build(),
        ["project domains"] = new GraphBuilder().Project("p3", 2020, ["b", "c"], "ict").Build(),
        ["new declared tie"] = new GraphBuilder().Declared("c", "f", 2022).Build(),
        ["declared tie years"] = new GraphBuilder().Declared("a", "d", 2014).Build(),
        ["membership"] = new GraphBuilder().Member("f", "d").Build(),
        ["declared ACTIVE_IN"] = new GraphBuilder().ActiveIn("c", "energy").Build(),
        ["removed actor"] = Removing(new GraphRemovals { ActorIds = ["actor:b"] }),
        ["removed participation"] = Removing(new GraphRemovals { Participations = [new ParticipationKey("actor:a", "project:p1")] }),
        ["removed declared tie"] = Removing(new GraphRemovals { DeclaredCollaborations = [new ActorPair("actor:a", "actor:d")] }),
        ["removed membership"] = Removing(new GraphRemovals { Memberships = [new Membership("actor:e", "actor:d")] }),
    };

    [Fact]
    public async Task OpenAsync_unchanged_store_reads_the_image_and_gets_the_index_of_the_tables()
    {
        await WriteAsync(TestGraphs.Partners());
        var first = await PhasesOfOpenAsync();

        await using var store = await EmbeddedGraphStore.OpenAsync(Options, Ct);

        Assert.Contains(OpenPhase.ImageMissing, first);
        Assert.Contains(OpenPhase.ImageWritten, first);
        Assert.Contains(OpenPhase.ImageRead, Names(store));
        await AssertSameAsTablesAsync(store);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task OpenAsync_after_a_write_ignores_the_stale_image_and_writes_a_new_one(string write)
    {
        await WriteAsync(TestGraphs.Partners());
        _ = await PhasesOfOpenAsync();
        await using (var store = await EmbeddedGraphStore.OpenAsync(Options, Ct))
        {
            Assert.Contains(OpenPhase.ImageRead, Names(store));
            await store.ApplyAsync(WriteKinds[write], Ct);
            await AssertSameAsTablesAsync(store);
        }

        var afterWrite = await PhasesOfOpenAsync();
        await using var reopened = await EmbeddedGraphStore.OpenAsync(Options, Ct);

        Assert.DoesNotContain(OpenPhase.ImageRead, afterWrite);
        Assert.Contains(OpenPhase.ImageWritten, afterWrite);
        Assert.Contains(OpenPhase.ImageRead, Names(reopened));
        await AssertSameAsTablesAsync(reopened);
    }

    [Fact]
    public async Task OpenAsync_after_a_bulk_load_into_an_opened_empty_store_reads_the_tables()
    {
        _ = await PhasesOfOpenAsync();
        using (var load = EmbeddedBulkLoad.Begin(Options))
        {
            load.Add(TestGraphs.Partners(), Ct);
            load.Complete(Ct);
        }

        await using var store = await EmbeddedGraphStore.OpenAsync(Options, Ct);

        Assert.DoesNotContain(OpenPhase.ImageRead, Names(store));
        Assert.Equal(TestGraphs.Partners().Actors.Count, store.CommittedIndex.ActorCount);
        await AssertSameAsTablesAsync(store);
    }

    [Theory]
    [InlineData("DELETE FROM index_image")]
    [InlineData("UPDATE index_image SET data = substr(data, 1, length(data) / 2)")]
    [InlineData("UPDATE index_image SET data = zeroblob(length(data))")]
    [InlineData("UPDATE index_image SET part = part + 1")]
    public async Task OpenAsync_missing_or_damaged_image_is_rebuilt_from_the_tables(string damage)
    {
        await WriteAsync(TestGraphs.Partners());
        _ = await PhasesOfOpenAsync();
        Execute(damage);

        var rebuilt = await PhasesOfOpenAsync();
        await using var store = await EmbeddedGraphStore.OpenAsync(Options, Ct);

        Assert.Contains(OpenPhase.ImageMissing, rebuilt);
        Assert.Contains(OpenPhase.ImageWritten, rebuilt);
        Assert.Contains(OpenPhase.ImageRead, Names(store));
        await AssertSameAsTablesAsync(store);
    }

    [Fact]
    public async Task DisposeAsync_while_the_image_may_still_be_saved_leaves_a_store_that_opens_with_the_tables_index()
    {
        await WriteAsync(TestGraphs.Partners());
        Execute("DELETE FROM index_image");

        var store = await EmbeddedGraphStore.OpenAsync(Options, Ct);
        await store.DisposeAsync();
        var saved = await store.IndexImageSaving;
        await using var reopened = await EmbeddedGraphStore.OpenAsync(Options, Ct);

        Assert.Contains(saved is null ? OpenPhase.ImageMissing : OpenPhase.ImageRead, Names(reopened));
        await AssertSameAsTablesAsync(reopened);
    }

    [Fact]
    public async Task OpenAsync_with_the_image_switched_off_reads_the_tables_and_writes_nothing()
    {
        var options = Options with { UseIndexImage = false };

        await using (var store = await EmbeddedGraphStore.OpenAsync(options, Ct))
        {
            await store.ApplyAsync(TestGraphs.Partners(), Ct);
        }

        await using (var store = await EmbeddedGraphStore.OpenAsync(options, Ct))
        {
            Assert.DoesNotContain(Names(store), n => n.Contains("image", StringComparison.Ordinal));
        }

        Assert.Equal(0L, Scalar("SELECT count(*) FROM index_image"));
    }

    [Fact]
    public async Task CheckAsync_reports_an_image_of_the_current_version_that_differs_from_the_tables()
    {
        await WriteAsync(TestGraphs.Partners());
        _ = await PhasesOfOpenAsync();
        Assert.True((await StoreConsistency.CheckAsync(Options, Ct)).IsConsistent);
        await using (var store = await EmbeddedGraphStore.OpenAsync(Options with { UseIndexImage = false }, Ct))
        {
            var wrong = store.CommittedIndex;
            wrong.SetDeclared(wrong.ActorIndex["actor:a"], [], []);
            using var connection = new SqliteConnection($"Data Source={Options.DatabasePath};Pooling=False");
            connection.Open();
            Assert.True(IndexImage.Write(connection, wrong, Ct));
        }

        var report = await StoreConsistency.CheckAsync(Options, Ct);

        Assert.False(report.IsConsistent);
        Assert.Contains(report.Problems, p => p.StartsWith("index image: actor actor:a", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenAsync_image_of_several_chunk_rows_reads_back_whole()
    {
        await WriteAsync(TestGraphs.Partners());
        await using (var store = await EmbeddedGraphStore.OpenAsync(Options with { UseIndexImage = false }, Ct))
        {
            using var connection = new SqliteConnection($"Data Source={Options.DatabasePath};Pooling=False");
            connection.Open();
            Assert.True(IndexImage.Write(connection, store.CommittedIndex, Ct, chunkSize: 64));
        }

        await using var reopened = await EmbeddedGraphStore.OpenAsync(Options, Ct);

        Assert.True(Scalar("SELECT count(*) FROM index_image") > 3);
        Assert.Contains(OpenPhase.ImageRead, Names(reopened));
        await AssertSameAsTablesAsync(reopened);
    }

    private static GraphBatch Removing(GraphRemovals removals) => new() { Removals = removals };

    private static List<string> Names(EmbeddedGraphStore store) => [.. store.OpenPhases.Select(p => p.Name)];

    /// <summary>The store's index equals one read from the tables alone: the same arrays and the same derived ties.</summary>
    private Task AssertSameAsTablesAsync(EmbeddedGraphStore store)
    {
        // Read on a connection of its own beside the open store (a second store may not open the folder: StoreLock).
        using var connection = new SqliteConnection($"Data Source={Options.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var expected = IndexLoader.Load(connection, null, Ct);
        var actual = store.CommittedIndex;

        Assert.Empty(IndexImage.Differences(actual, expected));
        for (var a = 0; a < expected.ActorCount; a++)
        {
            Assert.Equal(expected.Ties[a], actual.Ties[a]);
        }

        return Task.CompletedTask;
    }

    private async Task WriteAsync(GraphBatch batch)
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(Options, Ct);
        await store.ApplyAsync(batch, Ct);
    }

    /// <summary>The steps of an open, with the saving of the image when it happened.</summary>
    private async Task<List<string>> PhasesOfOpenAsync()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(Options, Ct);
        var saved = await store.IndexImageSaving;
        return [.. Names(store), .. saved is null ? Array.Empty<string>() : [saved.Name]];
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Options.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Options.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
