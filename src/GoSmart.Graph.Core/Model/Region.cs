namespace GoSmart.Graph.Core.Model;

/// <summary>A NUTS region or a country, e.g. <c>region:PL84</c> (Podlaskie) or <c>region:DE</c>.</summary>
public sealed record Region(
    string Id,
    string Code,
    string Name,
    string Country,
    RegionLevel Level)
{
    /// <summary>The enclosing region (a NUTS-2 region's country), null for a country.</summary>
    public string? ParentId { get; init; }

    public GoSmartRole? GoSmartRole { get; init; }
}
