namespace GoSmart.Graph.Core.Synthetic;

/// <summary>ACTIVE_IN of a synthetic actor: an S3 domain id and a weight (its projects there).</summary>
public readonly record struct SyntheticActivity(string DomainId, int Weight);
