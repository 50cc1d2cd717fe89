namespace GoSmart.Graph.Core.Synthetic;

/// <summary>Blackman and Vigna (2018) xoshiro256**: a fast sequential generator, seeded through SplitMix64.</summary>
public struct Xoshiro256StarStar
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    public Xoshiro256StarStar(ulong seed)
    {
        var sm = seed;
        s0 = SplitMix64.Next(ref sm);
        s1 = SplitMix64.Next(ref sm);
        s2 = SplitMix64.Next(ref sm);
        s3 = SplitMix64.Next(ref sm);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => SplitMix64.ToUnit(NextUInt64());

    /// <summary>A uniform integer in [0, bound) by Lemire's multiply-shift (bias below 2^-32 for our bounds).</summary>
    public int NextInt(int bound) => (int)((NextUInt64() >> 32) * (ulong)(uint)bound >> 32);
}
