using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Tests.Core.Storage.Embedded;

public sealed class IndexLoaderTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private EmbeddedStoreOptions Options => new() { DataDirectory = directory.Path, UseIndexImage = false };

    [Fact]
    public async Task Load_reading_declared_ties_beside_the_actors_gives_the_index_read_on_one_connection()
    {
        var builder = new GraphBuilder().StandardRegions();
        for (var n = 0; n < 60; n++)
        {
            builder.Actor($"n{n:00}", $"Actor {n}", ActorKind.Company, "PL", "region:PL84");
        }

        for (var n = 0; n < 60; n++)
        {
            builder.Declared($"n{n:00}", $"n{(n + 2) % 60:00}", 2000 + n).Declared($"n{n:00}", $"n{(n + 1) % 60:00}");
        }

        await using (var store = await EmbeddedGraphStore.OpenAsync(Options, Ct))
        {
            await store.ApplyAsync(TestGraphs.Partners(), Ct);
            await store.ApplyAsync(builder.Build(), Ct);
        }

        using var connection = new SqliteConnection($"Data Source={Options.DatabasePath};Pooling=False");
        connection.Open();
        var phases = new List<OpenPhase>();

        var beside = IndexLoader.Load(connection, null, Ct, phases, besideThreshold: 0);
        var alone = IndexLoader.Load(connection, null, Ct, besideThreshold: int.MaxValue);

        Assert.Contains(phases, p => p.Name == "declared ties read beside the actors");
        Assert.Equal(66, alone.ActorCount);
        Assert.Empty(IndexImage.Differences(beside, alone));
        for (var a = 0; a < alone.ActorCount; a++)
        {
            Assert.Equal(alone.Ties[a], beside.Ties[a]);
        }
    }
}
