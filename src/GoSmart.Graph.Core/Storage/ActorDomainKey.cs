namespace GoSmart.Graph.Core.Storage;

/// <summary>Names one ACTIVE_IN relationship.</summary>
public sealed record ActorDomainKey(string ActorId, string DomainId);
