using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.Hosting;

/// <summary>Holds the store once it is open (and seeded); readiness reflects it, with the reason while it is not.</summary>
public sealed class GraphStoreHolder : IAsyncDisposable
{
    private volatile IGraphStore? _store;
    private volatile string _reason = "The graph store is opening or seeding.";
    private volatile string? _detail;

    public bool IsReady => _store is not null;

    /// <summary>Why the store is not ready, in words safe for anyone to read: no address, database or server message (those are logged).</summary>
    public string NotReadyReason => _reason;

    /// <exception cref="StoreUnavailableException">The store is not open yet.</exception>
    /// <remarks>The exception carries the details for the log; clients never see its message.</remarks>
    public IGraphStore Store => _store ?? throw new StoreUnavailableException(_detail ?? _reason);

    internal void Set(IGraphStore store) => _store = store;

    /// <param name="reason">Shown on <c>/health/ready</c>.</param>
    /// <param name="detail">Logged with every request it fails: the address, database and the store's own message.</param>
    internal void SetNotReady(string reason, string? detail = null) => (_reason, _detail) = (reason, detail);

    public async ValueTask DisposeAsync()
    {
        if (_store is { } store)
        {
            _store = null;
            await store.DisposeAsync().ConfigureAwait(false);
        }
    }
}
