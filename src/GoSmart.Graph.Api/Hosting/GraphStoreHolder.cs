using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.Hosting;

/// <summary>Holds the store once it is open (and seeded); readiness reflects it.</summary>
public sealed class GraphStoreHolder : IAsyncDisposable
{
    private IGraphStore? _store;

    public bool IsReady => _store is not null;

    public IGraphStore Store => _store ?? throw new InvalidOperationException("The graph store is not open yet.");

    internal void Set(IGraphStore store) => _store = store;

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync().ConfigureAwait(false);
            _store = null;
        }
    }
}
