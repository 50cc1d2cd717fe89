using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Tests.Core.Storage.Embedded;

public sealed class StoreConsistencyTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private EmbeddedStoreOptions Options => new() { DataDirectory = directory.Path };

    [Fact]
    public async Task CheckAsync_store_written_by_batches_is_consistent_with_its_counts()
    {
        await using (var store = await EmbeddedGraphStore.OpenAsync(Options, Ct))
        {
            await store.ApplyAsync(TestGraphs.Partners(), Ct);
        }

        var report = await StoreConsistency.CheckAsync(Options, Ct);

        Assert.True(report.IsConsistent, string.Join("\n", report.Problems));
        Assert.Equal(TestGraphs.Partners().Actors.Count, report.Counts["actors"]);
        Assert.Equal(TestGraphs.Partners().Participations.Count, report.Counts["participations"]);
        Assert.Equal(1, report.Version);
    }

    [Theory]
    [InlineData("UPDATE actors SET degree = degree + 1 WHERE id = 'actor:a'", "degree")]
    [InlineData("UPDATE actors SET project_count = 99 WHERE id = 'actor:a'", "project count")]
    [InlineData("DELETE FROM actor_search WHERE rowid = (SELECT no FROM actors WHERE id = 'actor:a')", "search table")]
    [InlineData("PRAGMA foreign_keys = OFF; DELETE FROM actors WHERE id = 'actor:b'", "dangling")]
    [InlineData("DELETE FROM derived_domains WHERE actor_id = 'actor:a'", "ACTIVE_IN")]
    public async Task CheckAsync_tampered_store_reports_the_problem(string tamper, string expected)
    {
        await using (var store = await EmbeddedGraphStore.OpenAsync(Options, Ct))
        {
            await store.ApplyAsync(TestGraphs.Partners(), Ct);
        }

        using (var connection = new SqliteConnection($"Data Source={Options.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = tamper;
            command.ExecuteNonQuery();
        }

        var report = await StoreConsistency.CheckAsync(Options, Ct);

        Assert.False(report.IsConsistent);
        Assert.Contains(report.Problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckAsync_missing_file_is_a_problem_and_creates_nothing()
    {
        var report = await StoreConsistency.CheckAsync(Options, Ct);

        Assert.False(report.IsConsistent);
        Assert.False(File.Exists(Options.DatabasePath));
    }
}
