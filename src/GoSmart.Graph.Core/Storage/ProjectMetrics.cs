namespace GoSmart.Graph.Core.Storage;

/// <summary>Counts of a project's relationships.</summary>
/// <param name="ParticipantCount">Number of participating actors.</param>
public sealed record ProjectMetrics(int ParticipantCount);
