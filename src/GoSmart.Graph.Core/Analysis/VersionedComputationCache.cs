using System.Collections.Concurrent;

namespace GoSmart.Graph.Core.Analysis;

/// <summary>
/// Computes a value once per graph version and key and shares it: concurrent first callers await one
/// computation. Only the newest version is kept. A computation that is cancelled or fails is dropped, so
/// the next caller computes again; a caller whose own token is not cancelled retries rather than inherit
/// another caller's cancellation.
/// </summary>
public sealed class VersionedComputationCache<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<(long Version, TKey Key), Lazy<Task<TValue>>> entries = new();

    /// <summary>How many computations have started (for tests and diagnostics).</summary>
    public int Computations => computations;

    private int computations;

    public async Task<TValue> GetAsync(long version, TKey key, Func<CancellationToken, TValue> compute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var slot = (version, key);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var token = cancellationToken;
            var entry = entries.GetOrAdd(slot, _ => new Lazy<Task<TValue>>(() => Start(compute, token)));
            DropOlderThan(version);
            var task = entry.Value;
            try
            {
                return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Another caller started it and gave up: compute again under this caller's token.
                entries.TryRemove(new KeyValuePair<(long, TKey), Lazy<Task<TValue>>>(slot, entry));
            }
            catch (Exception) when (task.IsFaulted)
            {
                entries.TryRemove(new KeyValuePair<(long, TKey), Lazy<Task<TValue>>>(slot, entry));
                throw;
            }
        }
    }

    private Task<TValue> Start(Func<CancellationToken, TValue> compute, CancellationToken token)
    {
        Interlocked.Increment(ref computations);
        return Task.Run(() => compute(token), token);
    }

    private void DropOlderThan(long version)
    {
        foreach (var slot in entries.Keys)
        {
            if (slot.Version < version)
            {
                entries.TryRemove(slot, out _);
            }
        }
    }
}
