namespace GoSmart.Graph.Core.Storage;

/// <summary>
/// Equality of 64-bit keys made of two 32-bit halves (<c>a &lt;&lt; 32 | b</c>) with a hash that mixes all
/// the bits. <see cref="long.GetHashCode"/> is <c>a ^ b</c>, which for a million actors takes only a
/// million values over ten million pairs, so hash sets and dictionaries of pairs degrade into long chains.
/// </summary>
public sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static PairKeyComparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj)
    {
        // The SplitMix64 / Murmur3 finaliser.
        var z = (ulong)obj;
        z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCDUL;
        z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53UL;
        return (int)(z ^ (z >> 33));
    }
}
