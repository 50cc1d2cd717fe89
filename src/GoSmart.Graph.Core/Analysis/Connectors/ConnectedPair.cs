namespace GoSmart.Graph.Core.Analysis.Connectors;

/// <summary>A pair of actors, one in each group, that a connector ties together.</summary>
/// <param name="Strength">The weaker of the two ties on the way (shared projects); for the connector's own pair, its direct tie.</param>
public sealed record ConnectedPair(string FromActorId, string ToActorId, int Strength);
