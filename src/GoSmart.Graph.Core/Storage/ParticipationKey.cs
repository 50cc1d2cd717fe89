namespace GoSmart.Graph.Core.Storage;

/// <summary>Names one PARTICIPATES_IN relationship.</summary>
public sealed record ParticipationKey(string ActorId, string ProjectId);
