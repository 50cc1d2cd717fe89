namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>An observed brokerage count with its expectation under the null model and its z-score (null when the variance is 0).</summary>
public readonly record struct RoleScore(long Count, double Expected, double? Z);
