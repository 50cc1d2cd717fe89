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

    public EmbeddedGraphStore Store { get; private set; } = null!;

    public string DataDirectory => Path.Combine(directory.Path, "seeded");

    public async Task InitializeAsync()
    {
        Store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = DataDirectory }, CancellationToken.None);
        await SeedLoader.LoadAsync(RepoPaths.Seed, Store, CancellationToken.None);
        await Store.ApplyAsync(
            new GraphBuilder()
                .Declared("actor:pic-999889193", "actor:pic-999847483", 2019, "introduced at a brokerage event, \"quoted\"")
                .Member("actor:pic-999847483", "actor:pic-999889193")
                .ActiveIn("actor:pic-999889193", "domain:agri-food")
                .Build(),
            CancellationToken.None);
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    public void Dispose() => directory.Dispose();
}
