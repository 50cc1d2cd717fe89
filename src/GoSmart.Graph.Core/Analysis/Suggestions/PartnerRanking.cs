namespace GoSmart.Graph.Core.Analysis.Suggestions;

/// <summary>How candidates are ranked: the documented <see cref="PartnerScore"/>, or a baseline for the evaluation.</summary>
public enum PartnerRanking
{
    /// <summary><see cref="PartnerScore"/>: Adamic–Adar + shared S3 domains + complementary kinds + border bonus.</summary>
    Score,

    /// <summary>The number of common partners.</summary>
    CommonNeighbours,

    /// <summary>A seeded random order.</summary>
    Random,
}
