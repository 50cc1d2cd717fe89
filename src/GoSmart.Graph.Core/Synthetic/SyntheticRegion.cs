namespace GoSmart.Graph.Core.Synthetic;

/// <summary>A NUTS-2-like region of the synthetic network, e.g. <c>region:DE60</c>.</summary>
public sealed record SyntheticRegion(string Id, string Code, string Name, string Country);
