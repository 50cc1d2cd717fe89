using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage;

/// <summary>
/// The store port: everything the service reads and writes goes through it, so the embedded store
/// and the Neo4j store are interchangeable. Lookups by many ids exist so callers can batch.
/// </summary>
/// <remarks>
/// COLLABORATES_WITH (derived) and ACTIVE_IN (derived) are not written directly: the store derives
/// them from participations and the projects' S3 domains, so they never disagree with their evidence.
/// </remarks>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>A number that changes on every committed write; caches of analytics key on it.</summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken);

    /// <summary>True when the store holds no actor (a fresh store, to be seeded).</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies a batch atomically (its removals, then its upserts, then its audit entries): all of it is
    /// committed, or none of it. Every committed batch changes the version.
    /// </summary>
    /// <exception cref="ArgumentException">The batch names a node that does not exist or repeats a key; nothing was written.</exception>
    Task ApplyAsync(GraphBatch batch, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Region>> GetRegionsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<Region>> ListRegionsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, S3Domain>> GetDomainsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<S3Domain>> ListDomainsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>A filtered, sorted page of actors with keyset cursors.</summary>
    /// <exception cref="InvalidCursorException">A cursor is malformed or belongs to another sort order.</exception>
    Task<Page<Actor>> QueryActorsAsync(ActorQuery query, CancellationToken cancellationToken);

    Task<int> CountActorsAsync(ActorFilter? filter, CancellationToken cancellationToken);

    /// <exception cref="InvalidCursorException">A cursor is malformed or belongs to another sort order.</exception>
    Task<Page<Project>> QueryProjectsAsync(ProjectQuery query, CancellationToken cancellationToken);

    Task<int> CountProjectsAsync(ProjectFilter? filter, CancellationToken cancellationToken);

    /// <summary>Ranked, case- and accent-insensitive search over names (every word, prefixes allowed).</summary>
    Task<IReadOnlyList<SearchHit>> SearchActorsAsync(string text, int first, CancellationToken cancellationToken);

    /// <summary>Degree and project count per actor; unknown ids are absent.</summary>
    Task<IReadOnlyDictionary<string, ActorMetrics>> GetActorMetricsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>Participant count per project; unknown ids are absent.</summary>
    Task<IReadOnlyDictionary<string, ProjectMetrics>> GetProjectMetricsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>ACTIVE_IN per actor (derived and declared), strongest first; unknown ids are absent.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<ActorDomain>>> GetActorDomainsAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken);

    /// <summary>PRIORITISES per region.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetRegionPrioritiesAsync(IReadOnlyCollection<string> regionIds, CancellationToken cancellationToken);

    /// <summary>The regions that prioritise each domain.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetDomainPrioritiesAsync(IReadOnlyCollection<string> domainIds, CancellationToken cancellationToken);

    /// <summary>An actor's collaborators, strongest tie first (weight desc, last year desc, id asc).</summary>
    Task<Page<Collaboration>> GetCollaboratorsAsync(string actorId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>All collaborations of each actor (the neighbours), strongest first.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Collaboration>>> GetNeighboursAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken);

    /// <summary>An actor's participations, most recent project first.</summary>
    Task<Page<Participation>> GetActorParticipationsAsync(string actorId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>A project's participants, coordinator first, then by actor id.</summary>
    Task<Page<Participation>> GetProjectParticipationsAsync(string projectId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The evidence of collaborations: the projects each pair shares, most recent first, at most <paramref name="first"/> each, with the total.</summary>
    Task<IReadOnlyDictionary<ActorPair, SharedProjects>> GetSharedProjectsAsync(IReadOnlyCollection<ActorPair> pairs, int first, CancellationToken cancellationToken);

    /// <summary>The MEMBER_OF ties of each actor, as member or as cluster.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Membership>>> GetMembershipsAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken);

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken);

    /// <summary>The audit log, newest first; see <see cref="GraphBatch.Audit"/>.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>A read-only, compact copy of the actor graph for whole-graph analytics.</summary>
    Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken);
}
