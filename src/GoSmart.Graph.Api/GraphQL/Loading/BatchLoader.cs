using GraphQL.DataLoader;

namespace GoSmart.Graph.Api.GraphQL.Loading;

/// <summary>
/// A per-request batch loader: keys asked for while one level of the query executes are fetched
/// with one store call when the first result is awaited; results are cached for the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue> : IDisposable
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly Dictionary<TKey, TValue> _cache = [];
    private readonly HashSet<TKey> _pending = [];
    private readonly HashSet<TKey> _fetched = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _sync = new();

    public BatchLoader(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    {
        _fetch = fetch;
    }

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_sync)
        {
            if (!_fetched.Contains(key))
            {
                _pending.Add(key);
            }
        }

        return new DeferredResult<TValue?>(ct => GetAsync(key, ct));
    }

    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var list = keys.ToList();
        lock (_sync)
        {
            foreach (var key in list)
            {
                if (!_fetched.Contains(key))
                {
                    _pending.Add(key);
                }
            }
        }

        return new DeferredResult<IReadOnlyList<TValue>>(async ct =>
        {
            await DispatchAsync(ct).ConfigureAwait(false);
            lock (_sync)
            {
                return list.Where(_cache.ContainsKey).Select(k => _cache[k]).ToList();
            }
        });
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        await DispatchAsync(cancellationToken).ConfigureAwait(false);
        lock (_sync)
        {
            return _cache.TryGetValue(key, out var value) ? value : default;
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TKey[] keys;
            lock (_sync)
            {
                if (_pending.Count == 0)
                {
                    return;
                }

                keys = [.. _pending];
                _pending.Clear();
            }

            var values = await _fetch(keys, cancellationToken).ConfigureAwait(false);
            lock (_sync)
            {
                foreach (var key in keys)
                {
                    _fetched.Add(key);
                    if (values.TryGetValue(key, out var value))
                    {
                        _cache[key] = value;
                    }
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
