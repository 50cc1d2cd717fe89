namespace GoSmart.Graph.Core.Analysis.RegionMatrix;

/// <summary>Collaboration between two groups (<paramref name="From"/> ≤ <paramref name="To"/> ordinally; equal on the diagonal).</summary>
/// <param name="Collaborations">Sum of the weights (shared projects) of the ties between them.</param>
/// <param name="ActorPairs">Number of tied pairs of actors between them.</param>
public sealed record GroupLink(string From, string To, long Collaborations, int ActorPairs);
