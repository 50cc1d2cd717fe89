namespace GoSmart.Graph.Core.Analysis.S3Overlap;

/// <summary>An actor active in a shared domain, in one of the given regions.</summary>
/// <param name="RegionId">The given region it lies in (it may be LOCATED_IN a region inside that one).</param>
/// <param name="Weight">Its ACTIVE_IN weight: projects in the domain, 1 when only declared.</param>
public sealed record DomainActor(string ActorId, string RegionId, int Weight);
