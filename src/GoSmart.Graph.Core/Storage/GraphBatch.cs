using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage;

/// <summary>A set of upserts applied atomically. Nodes are keyed by id, relationships by their ends.</summary>
public sealed record GraphBatch
{
    public IReadOnlyList<Region> Regions { get; init; } = [];

    public IReadOnlyList<S3Domain> Domains { get; init; } = [];

    public IReadOnlyList<Actor> Actors { get; init; } = [];

    public IReadOnlyList<Project> Projects { get; init; } = [];

    public IReadOnlyList<Participation> Participations { get; init; } = [];

    public IReadOnlyList<DeclaredCollaboration> DeclaredCollaborations { get; init; } = [];

    public IReadOnlyList<Membership> Memberships { get; init; } = [];

    /// <summary>Declared ACTIVE_IN ties; derived ones are computed by the store.</summary>
    public IReadOnlyList<ActorDomain> DeclaredDomains { get; init; } = [];

    public IReadOnlyList<RegionPriority> RegionPriorities { get; init; } = [];

    public int Count =>
        Regions.Count + Domains.Count + Actors.Count + Projects.Count + Participations.Count
        + DeclaredCollaborations.Count + Memberships.Count + DeclaredDomains.Count + RegionPriorities.Count;
}
