namespace GoSmart.Graph.Core.Analysis.Connectors;

/// <summary>An actor that ties two groups together, with how much it connects.</summary>
/// <param name="TiesFrom">Its collaborators in the from-group (itself not counted).</param>
/// <param name="TiesTo">Its collaborators in the to-group.</param>
/// <param name="PairsConnected">Ordered pairs (a, b), a ≠ b, a in the from-group, b in the to-group, that it links: a and b both its collaborators, or one of them itself.</param>
/// <param name="Score">The sum over those pairs of their strength (see <see cref="ConnectedPair.Strength"/>).</param>
/// <param name="Pairs">The strongest few pairs.</param>
public sealed record Connector(
    string ActorId,
    bool InFrom,
    bool InTo,
    int TiesFrom,
    int TiesTo,
    long PairsConnected,
    long Score,
    IReadOnlyList<ConnectedPair> Pairs);
