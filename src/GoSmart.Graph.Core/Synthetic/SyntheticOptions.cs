namespace GoSmart.Graph.Core.Synthetic;

/// <summary>Settings of <see cref="SyntheticNetwork.Generate"/>; the same options give the same network on every machine.</summary>
public sealed record SyntheticOptions
{
    public int Actors { get; init; } = 10_000;

    /// <summary>Mean number of collaborators per actor; ties = Actors × AverageDegree / 2.</summary>
    public double AverageDegree { get; init; } = 20;

    public ulong Seed { get; init; } = 1;

    /// <summary>
    /// γ of the power-law tail of the expected degrees, P(degree ≥ k) ∝ k^-(γ-1); 2.5 is in the range
    /// measured on co-participation networks of EU framework programmes (2.0–3.0).
    /// </summary>
    public double DegreeExponent { get; init; } = 2.5;

    /// <summary>Share of ties drawn inside the actor's own region.</summary>
    public double RegionalShare { get; init; } = 0.5;

    /// <summary>Share of ties drawn inside the actor's country but (usually) another region; the rest cross a border.</summary>
    public double NationalShare { get; init; } = 0.25;

    /// <summary>Share of companies that are MEMBER_OF an intermediary (cluster) of their region.</summary>
    public double MembershipShare { get; init; } = 0.1;

    /// <summary>The year the data ends: no tie lasts beyond it.</summary>
    public int LastYear { get; init; } = 2024;

    public long TieCount => (long)Math.Round(Actors * AverageDegree / 2);

    /// <summary>Throws when the options cannot describe a simple graph the generator can fill.</summary>
    public void Validate()
    {
        if (Actors < 2)
        {
            throw new ArgumentException("A synthetic network needs at least 2 actors.", nameof(Actors));
        }

        if (!(AverageDegree > 0) || AverageDegree > (Actors - 1) / 4.0)
        {
            throw new ArgumentException(
                $"AverageDegree must be above 0 and at most (Actors - 1) / 4 = {(Actors - 1) / 4.0} so that distinct pairs are easy to find.",
                nameof(AverageDegree));
        }

        if (TieCount > int.MaxValue / 2)
        {
            throw new ArgumentException("At most about a billion ties.", nameof(AverageDegree));
        }

        if (!(DegreeExponent > 2) || DegreeExponent > 10)
        {
            throw new ArgumentException("DegreeExponent must be in (2, 10] (a finite mean degree).", nameof(DegreeExponent));
        }

        if (RegionalShare < 0 || NationalShare < 0 || RegionalShare + NationalShare > 1)
        {
            throw new ArgumentException("RegionalShare and NationalShare must be non-negative and sum to at most 1.", nameof(RegionalShare));
        }

        if (MembershipShare is < 0 or > 1)
        {
            throw new ArgumentException("MembershipShare must be in [0, 1].", nameof(MembershipShare));
        }
    }
}
