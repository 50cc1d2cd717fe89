using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage;

/// <summary>
/// Removals that a <see cref="GraphBatch"/> applies before its upserts, in the same atomic write.
/// Removing what does not exist is not an error: a removal applied twice changes nothing the second time.
/// </summary>
public sealed record GraphRemovals
{
    public static GraphRemovals None { get; } = new();

    /// <summary>Actors to remove with every relationship they have (participations, ties, memberships, ACTIVE_IN).</summary>
    public IReadOnlyList<string> ActorIds { get; init; } = [];

    public IReadOnlyList<ParticipationKey> Participations { get; init; } = [];

    /// <summary>Declared COLLABORATES_WITH ties; a tie that shared projects also derive stays, as derived.</summary>
    public IReadOnlyList<ActorPair> DeclaredCollaborations { get; init; } = [];

    public IReadOnlyList<Membership> Memberships { get; init; } = [];

    /// <summary>Declared ACTIVE_IN ties; derived ones follow the actor's projects.</summary>
    public IReadOnlyList<ActorDomainKey> DeclaredDomains { get; init; } = [];

    public bool IsEmpty =>
        ActorIds.Count == 0 && Participations.Count == 0 && DeclaredCollaborations.Count == 0 && Memberships.Count == 0 && DeclaredDomains.Count == 0;
}
