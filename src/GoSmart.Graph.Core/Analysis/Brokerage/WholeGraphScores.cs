namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>The grouping-free brokerage scores of every node: Burt's measures and betweenness.</summary>
public sealed record WholeGraphScores(StructuralHoleScores Holes, double[] Betweenness);
