using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Support;

/// <summary>Wraps a store and counts its calls, to prove that resolvers batch.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private long _actorsFetched;

    public int TotalCalls => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    /// <summary>How many ids <c>GetActorsAsync</c> was asked for since the last <see cref="Reset"/>.</summary>
    public long ActorsFetched => Interlocked.Read(ref _actorsFetched);

    public void Reset()
    {
        _calls.Clear();
        Interlocked.Exchange(ref _actorsFetched, 0);
    }

    private T Count<T>(T result, [CallerMemberName] string method = "")
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return result;
    }

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) => Count(inner.GetVersionAsync(cancellationToken));

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken) => Count(inner.IsEmptyAsync(cancellationToken));

    public Task ApplyAsync(GraphBatch batch, CancellationToken cancellationToken) => Count(inner.ApplyAsync(batch, cancellationToken));

    public Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken) => Count(inner.GetAuditLogAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Interlocked.Add(ref _actorsFetched, ids.Count);
        return Count(inner.GetActorsAsync(ids, cancellationToken));
    }

    public Task<IReadOnlyDictionary<string, Region>> GetRegionsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => Count(inner.GetRegionsAsync(ids, cancellationToken));

    public Task<IReadOnlyList<Region>> ListRegionsAsync(CancellationToken cancellationToken) => Count(inner.ListRegionsAsync(cancellationToken));

    public Task<IReadOnlyDictionary<string, S3Domain>> GetDomainsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => Count(inner.GetDomainsAsync(ids, cancellationToken));

    public Task<IReadOnlyList<S3Domain>> ListDomainsAsync(CancellationToken cancellationToken) => Count(inner.ListDomainsAsync(cancellationToken));

    public Task<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => Count(inner.GetProjectsAsync(ids, cancellationToken));

    public Task<Page<Actor>> QueryActorsAsync(ActorQuery query, CancellationToken cancellationToken) => Count(inner.QueryActorsAsync(query, cancellationToken));

    public Task<int> CountActorsAsync(ActorFilter? filter, CancellationToken cancellationToken) => Count(inner.CountActorsAsync(filter, cancellationToken));

    public Task<Page<Project>> QueryProjectsAsync(ProjectQuery query, CancellationToken cancellationToken) => Count(inner.QueryProjectsAsync(query, cancellationToken));

    public Task<int> CountProjectsAsync(ProjectFilter? filter, CancellationToken cancellationToken) => Count(inner.CountProjectsAsync(filter, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchActorsAsync(string text, int first, CancellationToken cancellationToken) => Count(inner.SearchActorsAsync(text, first, cancellationToken));

    public Task<IReadOnlyDictionary<string, ActorMetrics>> GetActorMetricsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => Count(inner.GetActorMetricsAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, ProjectMetrics>> GetProjectMetricsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => Count(inner.GetProjectMetricsAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<ActorDomain>>> GetActorDomainsAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken) => Count(inner.GetActorDomainsAsync(actorIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetRegionPrioritiesAsync(IReadOnlyCollection<string> regionIds, CancellationToken cancellationToken) => Count(inner.GetRegionPrioritiesAsync(regionIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetDomainPrioritiesAsync(IReadOnlyCollection<string> domainIds, CancellationToken cancellationToken) => Count(inner.GetDomainPrioritiesAsync(domainIds, cancellationToken));

    public Task<Page<Collaboration>> GetCollaboratorsAsync(string actorId, PageRequest page, CancellationToken cancellationToken) => Count(inner.GetCollaboratorsAsync(actorId, page, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Collaboration>>> GetNeighboursAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken) => Count(inner.GetNeighboursAsync(actorIds, cancellationToken));

    public Task<Page<Participation>> GetActorParticipationsAsync(string actorId, PageRequest page, CancellationToken cancellationToken) => Count(inner.GetActorParticipationsAsync(actorId, page, cancellationToken));

    public Task<Page<Participation>> GetProjectParticipationsAsync(string projectId, PageRequest page, CancellationToken cancellationToken) => Count(inner.GetProjectParticipationsAsync(projectId, page, cancellationToken));

    public Task<IReadOnlyDictionary<ActorPair, SharedProjects>> GetSharedProjectsAsync(IReadOnlyCollection<ActorPair> pairs, int first, CancellationToken cancellationToken) => Count(inner.GetSharedProjectsAsync(pairs, first, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Membership>>> GetMembershipsAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken) => Count(inner.GetMembershipsAsync(actorIds, cancellationToken));

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) => Count(inner.GetStatsAsync(cancellationToken));

    public Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken) => Count(inner.GetSnapshotAsync(cancellationToken));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
