namespace GoSmart.Graph.Api.GraphQL.Network;

/// <summary>An ego network ready to draw.</summary>
public sealed record NetworkView(string CenterId, IReadOnlyList<NetworkNodeView> Nodes, IReadOnlyList<NetworkEdgeView> Edges, bool Truncated);
