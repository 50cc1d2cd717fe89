using System.Collections.Concurrent;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// A bounded read-through cache of rows by id. Writers invalidate the ids they change and bump the
/// epoch; a reader stores what it read only if no write happened since it started, so a row read
/// before a commit is never cached after it.
/// </summary>
internal sealed class RecordCache<T>(int capacity)
    where T : class
{
    private readonly ConcurrentDictionary<string, T> _rows = new(StringComparer.Ordinal);
    private long _epoch;

    public long Epoch => Interlocked.Read(ref _epoch);

    public bool TryGet(string id, out T row) => _rows.TryGetValue(id, out row!);

    public void AddAll(IReadOnlyCollection<KeyValuePair<string, T>> rows, long epochAtRead)
    {
        if (Epoch != epochAtRead)
        {
            return;
        }

        foreach (var (id, row) in rows)
        {
            if (_rows.Count >= capacity)
            {
                // Crude but bounded: hot rows come back on their next read.
                _rows.Clear();
            }

            _rows[id] = row;
        }

        if (Epoch != epochAtRead)
        {
            // A write slipped in between the check and the adds: drop what may be stale.
            foreach (var (id, _) in rows)
            {
                _rows.TryRemove(id, out _);
            }
        }
    }

    public void Invalidate(IEnumerable<string> ids)
    {
        Interlocked.Increment(ref _epoch);
        foreach (var id in ids)
        {
            _rows.TryRemove(id, out _);
        }
    }
}
