using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.GraphQL.Loading;

/// <summary>The batch loaders of one request (registered scoped), one per kind of lookup, made on first use.</summary>
public sealed class GraphLoaders(IGraphStore store)
{
    public const int EvidencePerPairMax = 10;

    private BatchLoader<string, Actor>? _actors;
    private BatchLoader<string, Region>? _regions;
    private BatchLoader<string, S3Domain>? _domains;
    private BatchLoader<string, Project>? _projects;
    private BatchLoader<string, ActorMetrics>? _metrics;
    private BatchLoader<string, ProjectMetrics>? _projectMetrics;
    private BatchLoader<string, IReadOnlyList<ActorDomain>>? _actorDomains;
    private BatchLoader<string, IReadOnlyList<RegionPriority>>? _regionPriorities;
    private BatchLoader<string, IReadOnlyList<RegionPriority>>? _domainPriorities;
    private BatchLoader<ActorPair, SharedProjects>? _sharedProjects;
    private BatchLoader<string, IReadOnlyList<Membership>>? _memberships;
    private BatchLoader<ActorPair, Collaboration>? _collaborations;
    private Task<IReadOnlyList<Region>>? _allRegions;

    public BatchLoader<string, Actor> Actors => Make(ref _actors, store.GetActorsAsync);

    public BatchLoader<string, Region> Regions => Make(ref _regions, store.GetRegionsAsync);

    public BatchLoader<string, S3Domain> Domains => Make(ref _domains, store.GetDomainsAsync);

    public BatchLoader<string, Project> Projects => Make(ref _projects, store.GetProjectsAsync);

    public BatchLoader<string, ActorMetrics> Metrics => Make(ref _metrics, store.GetActorMetricsAsync);

    public BatchLoader<string, ProjectMetrics> ProjectMetrics => Make(ref _projectMetrics, store.GetProjectMetricsAsync);

    public BatchLoader<string, IReadOnlyList<ActorDomain>> ActorDomains => Make(ref _actorDomains, store.GetActorDomainsAsync);

    public BatchLoader<string, IReadOnlyList<RegionPriority>> RegionPriorities => Make(ref _regionPriorities, store.GetRegionPrioritiesAsync);

    public BatchLoader<string, IReadOnlyList<RegionPriority>> DomainPriorities => Make(ref _domainPriorities, store.GetDomainPrioritiesAsync);

    /// <summary>All regions, read once per request.</summary>
    public Task<IReadOnlyList<Region>> AllRegionsAsync(CancellationToken cancellationToken) =>
        _allRegions ??= store.ListRegionsAsync(cancellationToken);

    /// <summary>MEMBER_OF ties of each actor, as member or as cluster.</summary>
    public BatchLoader<string, IReadOnlyList<Membership>> Memberships => Make(ref _memberships, store.GetMembershipsAsync);

    /// <summary>Shared projects per pair, at most <see cref="EvidencePerPairMax"/> each.</summary>
    public BatchLoader<ActorPair, SharedProjects> SharedProjects =>
        Make(ref _sharedProjects, (pairs, ct) => store.GetSharedProjectsAsync(pairs, EvidencePerPairMax, ct));

    /// <summary>The stored COLLABORATES_WITH tie of each pair, seen from its first actor; one neighbour read for all pairs of a level.</summary>
    public BatchLoader<ActorPair, Collaboration> Collaborations => Make(ref _collaborations, async (pairs, ct) =>
    {
        var neighbours = await store.GetNeighboursAsync(pairs.Select(p => p.First).Distinct(StringComparer.Ordinal).ToList(), ct).ConfigureAwait(false);
        var found = new Dictionary<ActorPair, Collaboration>();
        foreach (var pair in pairs)
        {
            if (neighbours.TryGetValue(pair.First, out var ties) && ties.FirstOrDefault(t => t.OtherActorId == pair.Second) is { } tie)
            {
                found[pair] = tie;
            }
        }

        return (IReadOnlyDictionary<ActorPair, Collaboration>)found;
    });

    private static BatchLoader<TKey, TValue> Make<TKey, TValue>(
        ref BatchLoader<TKey, TValue>? loader,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        if (loader is null)
        {
            Interlocked.CompareExchange(ref loader, new BatchLoader<TKey, TValue>(fetch), null);
        }

        return loader;
    }
}
