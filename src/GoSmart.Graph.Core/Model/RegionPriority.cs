namespace GoSmart.Graph.Core.Model;

/// <summary>PRIORITISES: a region's smart-specialisation priority mapped onto an S3 domain.</summary>
/// <param name="Priority">The priority in the region's own wording.</param>
public sealed record RegionPriority(string RegionId, string DomainId, string Priority);
