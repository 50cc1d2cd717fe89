using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Api.GraphQL.Editing;

/// <summary>What a mutation on an actor answers: whether anything changed, and the actor as it is now.</summary>
public sealed record ActorPayload(bool Changed, Actor? Actor);

/// <summary>What <c>upsertProject</c> answers.</summary>
public sealed record ProjectPayload(bool Changed, Project Project);

/// <summary>What <c>removeActor</c> answers.</summary>
public sealed record RemovalPayload(bool Changed, string Id);
