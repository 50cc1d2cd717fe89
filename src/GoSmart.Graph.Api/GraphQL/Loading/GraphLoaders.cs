using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.GraphQL.Loading;

/// <summary>The batch loaders of one request (registered scoped), one per kind of lookup.</summary>
public sealed class GraphLoaders : IDisposable
{
    public const int EvidencePerPairMax = 10;

    public GraphLoaders(IGraphStore store)
    {
        Actors = new((ids, ct) => store.GetActorsAsync(ids, ct));
        Regions = new((ids, ct) => store.GetRegionsAsync(ids, ct));
        Domains = new((ids, ct) => store.GetDomainsAsync(ids, ct));
        Projects = new((ids, ct) => store.GetProjectsAsync(ids, ct));
        Metrics = new((ids, ct) => store.GetActorMetricsAsync(ids, ct));
        ActorDomains = new((ids, ct) => store.GetActorDomainsAsync(ids, ct));
        RegionPriorities = new((ids, ct) => store.GetRegionPrioritiesAsync(ids, ct));
        DomainPriorities = new((ids, ct) => store.GetDomainPrioritiesAsync(ids, ct));
        SharedProjects = new((pairs, ct) => store.GetSharedProjectsAsync(pairs, EvidencePerPairMax, ct));
    }

    public BatchLoader<string, Actor> Actors { get; }

    public BatchLoader<string, Region> Regions { get; }

    public BatchLoader<string, S3Domain> Domains { get; }

    public BatchLoader<string, Project> Projects { get; }

    public BatchLoader<string, ActorMetrics> Metrics { get; }

    public BatchLoader<string, IReadOnlyList<ActorDomain>> ActorDomains { get; }

    public BatchLoader<string, IReadOnlyList<RegionPriority>> RegionPriorities { get; }

    public BatchLoader<string, IReadOnlyList<RegionPriority>> DomainPriorities { get; }

    /// <summary>Shared projects per pair, at most <see cref="EvidencePerPairMax"/> each.</summary>
    public BatchLoader<ActorPair, SharedProjects> SharedProjects { get; }

    public void Dispose()
    {
        Actors.Dispose();
        Regions.Dispose();
        Domains.Dispose();
        Projects.Dispose();
        Metrics.Dispose();
        ActorDomains.Dispose();
        RegionPriorities.Dispose();
        DomainPriorities.Dispose();
        SharedProjects.Dispose();
    }
}
