namespace GoSmart.Graph.Core.Analysis.Suggestions;

/// <summary>
/// The weights of <see cref="PartnerScore"/> next to the recency-weighted Adamic–Adar sum (which counts 1).
/// The defaults were chosen on the year before the evaluated one (hiding 2020 on the graph without 2021),
/// so the evaluation on the last year is not the data they were picked on.
/// </summary>
/// <param name="RecencyHalfLife">Years after which a tie counts half on a common-partner path; 0 for no decay.</param>
/// <param name="Activity">Weight of ln(1 + the candidate's number of partners).</param>
public sealed record PartnerScoreWeights(double Domains, double Kinds, double Border, double RecencyHalfLife, double Activity)
{
    public static PartnerScoreWeights Default { get; } = new(Domains: 0.1, Kinds: 0.1, Border: 0.02, RecencyHalfLife: 2, Activity: 0.05);
}
