namespace GoSmart.Graph.Core.Synthetic;

/// <summary>
/// Steele, Lea and Flood (2014) SplitMix64: a 64-bit mixer and generator, fully specified, so a seed gives
/// the same numbers on every machine and runtime (unlike <see cref="Random"/>, whose algorithm is not).
/// </summary>
public static class SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    /// <summary>Advances the state and returns the next output.</summary>
    public static ulong Next(ref ulong state)
    {
        state += Gamma;
        return Mix(state);
    }

    /// <summary>The finaliser alone: a good hash of one 64-bit value (counter-based randomness).</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A hash of (seed, stream, index): independent values without sequential state.</summary>
    public static ulong Hash(ulong seed, ulong stream, ulong index) =>
        Mix(Mix(seed ^ (stream * Gamma)) + (index * 0xD1B54A32D192ED03UL));

    /// <summary>A uniform double in [0, 1) from the top 53 bits.</summary>
    public static double ToUnit(ulong bits) => (bits >> 11) * (1.0 / (1UL << 53));
}
