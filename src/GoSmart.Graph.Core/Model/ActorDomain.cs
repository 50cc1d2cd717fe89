namespace GoSmart.Graph.Core.Model;

/// <summary>ACTIVE_IN: an actor's activity in an S3 domain.</summary>
/// <param name="Weight">Number of the actor's projects in the domain (derived), or 1 when declared.</param>
public sealed record ActorDomain(string ActorId, string DomainId, EdgeSource Source, int Weight);
