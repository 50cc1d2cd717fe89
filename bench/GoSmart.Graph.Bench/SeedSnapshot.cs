using GoSmart.Graph.Core.Import;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;

namespace GoSmart.Graph.Bench;

/// <summary>The CORDIS seed loaded into an embedded store in a temporary folder, read back as a snapshot.</summary>
public static class SeedSnapshot
{
    public static async Task<GraphSnapshot> LoadAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "gosmart-bench", Guid.NewGuid().ToString("N"));
        try
        {
            var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = folder }, CancellationToken.None).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                await SeedLoader.LoadAsync(Path.Combine(AppContext.BaseDirectory, "seed"), store, CancellationToken.None).ConfigureAwait(false);
                return await store.GetSnapshotAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
