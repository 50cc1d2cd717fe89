namespace GoSmart.Graph.Core.Model;

/// <summary>The level of a region in the NUTS hierarchy; a country is the top level.</summary>
public enum RegionLevel
{
    Country,
    Nuts1,
    Nuts2,
    Nuts3,
}
