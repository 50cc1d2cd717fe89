namespace GoSmart.Graph.Core.Synthetic;

/// <summary>MEMBER_OF from a company to an intermediary of its region (indexes).</summary>
public readonly record struct SyntheticMembership(int Member, int Cluster);
