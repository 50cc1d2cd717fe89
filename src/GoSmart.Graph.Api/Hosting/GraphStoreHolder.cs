using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.Hosting;

/// <summary>Holds the store once it is open (and seeded); readiness reflects it, with the reason while it is not.</summary>
public sealed class GraphStoreHolder : IAsyncDisposable
{
    private volatile IGraphStore? _store;
    private volatile string _reason = "The graph store is opening or seeding.";

    public bool IsReady => _store is not null;

    /// <summary>Why the store is not ready (safe to show: names settings and addresses, never secrets).</summary>
    public string NotReadyReason => _reason;

    /// <exception cref="StoreUnavailableException">The store is not open yet.</exception>
    public IGraphStore Store => _store ?? throw new StoreUnavailableException(_reason);

    internal void Set(IGraphStore store) => _store = store;

    internal void SetNotReady(string reason) => _reason = reason;

    public async ValueTask DisposeAsync()
    {
        if (_store is { } store)
        {
            _store = null;
            await store.DisposeAsync().ConfigureAwait(false);
        }
    }
}
