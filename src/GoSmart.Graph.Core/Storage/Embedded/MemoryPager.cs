namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>Relay paging with keyset cursors over a list already sorted in memory (e.g. an actor's ties).</summary>
internal static class MemoryPager
{
    /// <param name="compareToKey">Compares an item with decoded cursor values in the list's order.</param>
    public static Page<T> Page<T>(
        IReadOnlyList<T> sorted,
        Func<T, object[]> keyOf,
        Func<T, object[], int> compareToKey,
        IReadOnlyList<bool> isText,
        string tag,
        PageRequest page)
    {
        var start = 0;
        var end = sorted.Count;
        if (page.After is not null)
        {
            var after = KeysetCursor.Decode(page.After, tag, isText);
            start = FirstIndex(sorted, item => compareToKey(item, after) > 0);
        }

        if (page.Before is not null)
        {
            var before = KeysetCursor.Decode(page.Before, tag, isText);
            end = Math.Max(start, FirstIndex(sorted, item => compareToKey(item, before) >= 0));
        }

        if (page.First is not null)
        {
            end = Math.Min(end, start + Math.Max(page.First.Value, 0));
        }

        if (page.Last is not null)
        {
            start = Math.Max(start, end - Math.Max(page.Last.Value, 0));
        }

        var edges = new List<PageEdge<T>>(end - start);
        for (var i = start; i < end; i++)
        {
            edges.Add(new PageEdge<T>(sorted[i], KeysetCursor.Encode(tag, keyOf(sorted[i]))));
        }

        return new Page<T>(edges, end < sorted.Count, start > 0);
    }

    private static int FirstIndex<T>(IReadOnlyList<T> sorted, Func<T, bool> isPast)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (isPast(sorted[mid]))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
