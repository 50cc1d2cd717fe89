using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// The node ids an import may refer to: those it has accepted and those the store already holds
/// (looked up in batches, answers remembered). Each known id gets a small number so relationships
/// can be de-duplicated by a pair of ints instead of a pair of strings.
/// </summary>
internal sealed class KnownNodes(IGraphStore? store)
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> absent = new(StringComparer.Ordinal);
    private int next;

    public int Count => numbers.Count;

    public void Add(string id)
    {
        // Numbers are never reused, even for forgotten ids: pairs of them key the edges' repeat check.
        if (numbers.TryAdd(id, next))
        {
            next++;
        }

        absent.Remove(id);
    }

    /// <summary>Takes back an id added earlier (its node was refused): it is unknown from now on.</summary>
    public void Forget(string id)
    {
        numbers.Remove(id);
        absent.Add(id);
    }

    public bool Contains(string id) => numbers.ContainsKey(id);

    public int NumberOf(string id) => numbers[id];

    public bool TryGetNumber(string id, out int number) => numbers.TryGetValue(id, out number);

    /// <summary>Finds an id from its text: the id's own string (no new one) and its number.</summary>
    public bool TryGetNumber(ReadOnlySpan<char> text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? id, out int number) =>
        numbers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out id, out number);

    /// <summary>Asks the store about every id not yet known or known to be absent.</summary>
    public async Task ResolveAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        if (store is null)
        {
            // Nothing to ask: an id not added is unknown.
            return;
        }

        var unknown = ids.Where(id => !numbers.ContainsKey(id) && !absent.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in unknown.GroupBy(Ids.TypeOf))
        {
            foreach (var chunk in group.Chunk(500))
            {
                IEnumerable<string> hits = group.Key switch
                {
                    NodeType.Actor => (await store.GetActorsAsync(chunk, cancellationToken).ConfigureAwait(false)).Keys,
                    NodeType.Project => (await store.GetProjectsAsync(chunk, cancellationToken).ConfigureAwait(false)).Keys,
                    NodeType.Region => (await store.GetRegionsAsync(chunk, cancellationToken).ConfigureAwait(false)).Keys,
                    NodeType.S3Domain => (await store.GetDomainsAsync(chunk, cancellationToken).ConfigureAwait(false)).Keys,
                    _ => [],
                };
                found.UnionWith(hits);
            }
        }

        foreach (var id in unknown)
        {
            if (found.Contains(id))
            {
                Add(id);
            }
            else
            {
                absent.Add(id);
            }
        }
    }
}
