namespace GoSmart.Graph.Core.Model;

/// <summary>A smart-specialisation (S3) domain of the curated taxonomy, e.g. <c>domain:agri-food</c>.</summary>
public sealed record S3Domain(string Id, string Name)
{
    public string? Description { get; init; }
}
