namespace GoSmart.Graph.Core.Analysis.Network;

/// <summary>A COLLABORATES_WITH tie between two kept nodes; <paramref name="Source"/> is the end nearer the centre (then the smaller id).</summary>
/// <param name="TieIndex">The tie's position in the snapshot's tie arrays (weight, years, declared).</param>
public sealed record NetworkEdge(int Source, int Target, int TieIndex);
