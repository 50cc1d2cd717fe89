using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage;

/// <summary>
/// A set of writes applied atomically: first <see cref="Removals"/>, then the upserts (nodes keyed by
/// id, relationships by their ends), then the <see cref="Audit"/> entries, all committed or none.
/// </summary>
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

    public GraphRemovals Removals { get; init; } = GraphRemovals.None;

    /// <summary>Entries recorded in the audit log in the same transaction as the change they describe.</summary>
    public IReadOnlyList<AuditEntry> Audit { get; init; } = [];

    /// <summary>The number of upserts (removals and audit entries not counted).</summary>
    public int Count =>
        Regions.Count + Domains.Count + Actors.Count + Projects.Count + Participations.Count
        + DeclaredCollaborations.Count + Memberships.Count + DeclaredDomains.Count + RegionPriorities.Count;
}
