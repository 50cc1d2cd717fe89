using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.GraphQL.Analysis;

/// <summary>
/// Results of whole-graph analytics per snapshot (so per graph version) and arguments: a new version
/// brings a new snapshot, and the old one's results go with it. At most <see cref="MaxEntriesPerSnapshot"/>
/// argument sets per snapshot are kept; beyond them results are computed and not kept.
/// </summary>
public sealed class SnapshotResultCache<T>
    where T : class
{
    public const int MaxEntriesPerSnapshot = 256;

    private readonly ConditionalWeakTable<GraphSnapshot, ConcurrentDictionary<string, T>> bySnapshot = [];

    public T GetOrAdd(GraphSnapshot snapshot, string key, Func<T> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var entries = bySnapshot.GetValue(snapshot, _ => new ConcurrentDictionary<string, T>(StringComparer.Ordinal));
        if (entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = compute();
        return entries.Count < MaxEntriesPerSnapshot ? entries.GetOrAdd(key, value) : value;
    }
}
