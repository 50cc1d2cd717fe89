using GraphQL.DataLoader;

namespace GoSmart.Graph.Api.GraphQL.Loading;

/// <summary>
/// A per-request batch loader: keys asked for while one level of the query executes are fetched
/// with one store call when the first of their results is awaited. Every key remembers the batch
/// that fetches it, so all its waiters share one fetch, its result and any exception it throws,
/// and a key is never fetched twice in a request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Dictionary<TKey, Batch> _batchOf = [];
    private readonly Lock _sync = new();
    private Batch? _open;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        var batch = Enlist([key])[0];
        return new DeferredResult<TValue?>(async ct =>
        {
            var values = await batch.RunAsync(fetch, ct).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : default;
        });
    }

    /// <summary>The values of the keys that exist, in the keys' order.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var list = keys.ToList();
        var batches = Enlist(list);
        return new DeferredResult<IReadOnlyList<TValue>>(async ct =>
        {
            var found = new List<TValue>(list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                var values = await batches[i].RunAsync(fetch, ct).ConfigureAwait(false);
                if (values.TryGetValue(list[i], out var value))
                {
                    found.Add(value);
                }
            }

            return found;
        });
    }

    /// <summary>The batch of each key: the one that fetched or will fetch it, else the open batch.</summary>
    private Batch[] Enlist(List<TKey> keys)
    {
        lock (_sync)
        {
            var batches = new Batch[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                if (!_batchOf.TryGetValue(keys[i], out var batch))
                {
                    _open ??= new Batch(this);
                    _open.Keys.Add(keys[i]);
                    _batchOf[keys[i]] = batch = _open;
                }

                batches[i] = batch;
            }

            return batches;
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? _task;

        public HashSet<TKey> Keys { get; } = [];

        /// <summary>Starts the fetch on the first call (outside the lock); every call returns the same task.</summary>
        public Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(
            Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
            CancellationToken cancellationToken)
        {
            TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>>? starter = null;
            lock (owner._sync)
            {
                if (_task is null)
                {
                    if (ReferenceEquals(owner._open, this))
                    {
                        owner._open = null;
                    }

                    starter = new(TaskCreationOptions.RunContinuationsAsynchronously);
                    _task = starter.Task;
                }
            }

            if (starter is not null)
            {
                _ = FetchIntoAsync(starter, fetch, cancellationToken);
            }

            return _task;
        }

        private async Task FetchIntoAsync(
            TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> result,
            Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
            CancellationToken cancellationToken)
        {
            try
            {
                result.SetResult(await fetch([.. Keys], cancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException e)
            {
                result.SetCanceled(e.CancellationToken);
            }
            catch (Exception e)
            {
                result.SetException(e);
            }
        }
    }
}
