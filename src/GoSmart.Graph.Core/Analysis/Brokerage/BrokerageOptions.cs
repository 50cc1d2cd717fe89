namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>How whole-graph brokerage scores are computed.</summary>
public sealed class BrokerageOptions
{
    public const string Section = "Brokerage";

    /// <summary>Null or 0: exact betweenness. Else the number of sampled source pivots (for graphs too large for O(n·m)).</summary>
    public int? BetweennessPivots { get; set; }

    /// <summary>The seed that draws the pivots, so sampled scores are reproducible.</summary>
    public int BetweennessSeed { get; set; } = 42;

    /// <summary>Burt's measures weigh ties by their number of shared projects (true) or count every tie as 1.</summary>
    public bool WeightedStructuralHoles { get; set; } = true;
}
