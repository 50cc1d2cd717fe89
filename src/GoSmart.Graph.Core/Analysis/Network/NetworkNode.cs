namespace GoSmart.Graph.Core.Analysis.Network;

/// <summary>A node of an ego network: a snapshot node index and its distance from the centre.</summary>
/// <param name="Strength">The weight of the strongest tie that reached it from the previous depth; 0 for the centre.</param>
public sealed record NetworkNode(int Index, int Depth, int Strength);
