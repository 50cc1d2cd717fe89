namespace GoSmart.Graph.Core.Synthetic;

/// <summary>
/// Natural logarithm and exponential from +, −, ×, ÷ alone (IEEE-754 rounds those the same everywhere),
/// because <see cref="Math.Log(double)"/> and <see cref="Math.Pow"/> come from the platform's C library
/// and may differ in the last bit between machines — enough to change a seeded network.
/// </summary>
public static class PortableMath
{
    private const double Ln2 = 0.6931471805599453094;

    // Cody and Waite's split of ln 2: k × Ln2Hi is exact for the k that matter, so r keeps its bits.
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;

    /// <summary>ln x for x &gt; 0: x = m·2^e with m in [√½, √2), ln m = 2·atanh((m − 1)/(m + 1)) by its series.</summary>
    public static double Log(double x)
    {
        if (!(x > 0) || double.IsPositiveInfinity(x))
        {
            return x == 0 ? double.NegativeInfinity : double.NaN;
        }

        var e = Math.ILogB(x);
        var m = Math.ScaleB(x, -e);
        if (m > 1.4142135623730951)
        {
            m /= 2;
            e++;
        }

        var s = (m - 1) / (m + 1);
        var s2 = s * s;
        double term = s, sum = 0;
        for (var k = 1; k < 40; k += 2)
        {
            sum += term / k;
            term *= s2;
        }

        return (2 * sum) + (e * Ln2);
    }

    /// <summary>e^x: x = k·ln 2 + r with |r| ≤ ln 2 / 2, e^r by its Taylor series, then scaled by 2^k exactly.</summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (x > 709.7)
        {
            return double.PositiveInfinity;
        }

        if (x < -745)
        {
            return 0;
        }

        var k = Math.Round(x / Ln2);
        var r = x - (k * Ln2Hi) - (k * Ln2Lo);
        double term = 1, sum = 1;
        for (var n = 1; n < 25; n++)
        {
            term *= r / n;
            sum += term;
        }

        return Math.ScaleB(sum, (int)k);
    }

    /// <summary>x^y for x &gt; 0.</summary>
    public static double Pow(double x, double y) => Exp(y * Log(x));
}
