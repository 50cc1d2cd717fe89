namespace GoSmart.Graph.Core.Storage;

/// <summary>Counts of an actor's relationships.</summary>
/// <param name="Degree">Number of distinct collaborators.</param>
public sealed record ActorMetrics(int Degree, int ProjectCount);
