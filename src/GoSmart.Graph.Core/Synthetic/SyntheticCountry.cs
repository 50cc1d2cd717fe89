namespace GoSmart.Graph.Core.Synthetic;

/// <summary>A country of the synthetic network: ISO code, NUTS prefix (EL, UK), relative size and number of NUTS-2 regions.</summary>
public sealed record SyntheticCountry(string Code, string NutsPrefix, string Name, double Weight, int RegionCount);
