namespace GoSmart.Graph.Core.Analysis.S3Overlap;

/// <summary>An S3 domain every given region prioritises, with its actors there and the ties between regions.</summary>
/// <param name="Actors">Actors of the given regions active in the domain, strongest activity first, then by id.</param>
/// <param name="CrossRegionCollaborations">Tied pairs of those actors that lie in different given regions.</param>
/// <param name="CrossRegionProjects">Sum of those ties' weights (shared projects).</param>
public sealed record SharedDomain(string DomainId, IReadOnlyList<string> RegionIds, IReadOnlyList<DomainActor> Actors, int CrossRegionCollaborations, long CrossRegionProjects);
