namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// A set of 64-bit pair keys (<c>a &lt;&lt; 32 | b</c>) in one open-addressing table with linear probing:
/// a duplicate check over ten million edges, without the entries, buckets and rehash chains of a
/// <see cref="HashSet{T}"/>.
/// </summary>
internal sealed class PairSet
{
    private const long Empty = long.MinValue;
    private long[] slots = NewSlots(1 << 16);
    private int count;
    private bool hasEmptyKey;

    public int Count => count + (hasEmptyKey ? 1 : 0);

    /// <summary>Adds <paramref name="key"/>; false when it was there already.</summary>
    public bool Add(long key)
    {
        if (key == Empty)
        {
            var added = !hasEmptyKey;
            hasEmptyKey = true;
            return added;
        }

        if ((count + 1) * 4 > slots.Length * 3)
        {
            Grow();
        }

        if (!Insert(slots, key))
        {
            return false;
        }

        count++;
        return true;
    }

    private static bool Insert(long[] table, long key)
    {
        var mask = table.Length - 1;
        for (var i = Hash(key) & mask; ; i = (i + 1) & mask)
        {
            var slot = table[i];
            if (slot == key)
            {
                return false;
            }

            if (slot == Empty)
            {
                table[i] = key;
                return true;
            }
        }
    }

    private void Grow()
    {
        var table = NewSlots(slots.Length * 2);
        foreach (var key in slots)
        {
            if (key != Empty)
            {
                Insert(table, key);
            }
        }

        slots = table;
    }

    private static long[] NewSlots(int size)
    {
        var table = new long[size];
        Array.Fill(table, Empty);
        return table;
    }

    private static int Hash(long key)
    {
        // The SplitMix64 / Murmur3 finaliser, as PairKeyComparer.
        var z = (ulong)key;
        z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCDUL;
        z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53UL;
        return (int)(z ^ (z >> 33)) & int.MaxValue;
    }
}
