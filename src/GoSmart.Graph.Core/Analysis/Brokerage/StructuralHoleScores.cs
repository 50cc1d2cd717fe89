namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>Burt's measures per node, indexed like the snapshot; NaN for an isolated node.</summary>
public sealed record StructuralHoleScores(double[] Constraint, double[] EffectiveSize, double[] Efficiency);
