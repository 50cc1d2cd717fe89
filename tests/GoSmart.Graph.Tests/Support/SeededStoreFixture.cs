using GoSmart.Graph.Core.Import;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage.Embedded;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// An embedded store with the real seed plus one record of every declared kind the seed lacks (a declared
/// collaboration, a membership, a declared ACTIVE_IN), built once per test class that uses it.
/// </summary>
public sealed class SeededStoreFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory directory = new();

    private EmbeddedGraphStore? store;

    /// <summary>
    /// The seeded store, opened on first use and kept open until the class is done. A class that runs the CLI on
    /// <see cref="DataDirectory"/> must not touch it: one process may hold a store at a time (StoreLock).
    /// </summary>
    public EmbeddedGraphStore Store => store ??= EmbeddedGraphStore.OpenAsync(Options, CancellationToken.None).GetAwaiter().GetResult();

    public string DataDirectory => Path.Combine(directory.Path, "seeded");

    private EmbeddedStoreOptions Options => new() { DataDirectory = DataDirectory };

    public async Task InitializeAsync()
    {
        await using var seeding = await EmbeddedGraphStore.OpenAsync(Options, CancellationToken.None);
        await SeedLoader.LoadAsync(RepoPaths.Seed, seeding, CancellationToken.None);
        await seeding.ApplyAsync(
            new GraphBuilder()
                .Declared("actor:pic-999889193", "actor:pic-999847483", 2019, "introduced at a brokerage event, \"quoted\"")
                .Member("actor:pic-999847483", "actor:pic-999889193")
                .ActiveIn("actor:pic-999889193", "domain:agri-food")
                .Build(),
            CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }

    public void Dispose() => directory.Dispose();
}
