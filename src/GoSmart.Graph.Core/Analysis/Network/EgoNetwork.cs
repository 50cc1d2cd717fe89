namespace GoSmart.Graph.Core.Analysis.Network;

/// <summary>An ego network: nodes in the order they were kept (by depth, then strength), the ties between them, and whether a limit cut it.</summary>
public sealed record EgoNetwork(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, bool Truncated);
