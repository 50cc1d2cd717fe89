using GoSmart.Graph.Core.Model;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Regions;

public sealed class RegionLevelType : EnumerationGraphType
{
    public RegionLevelType()
    {
        Name = "RegionLevel";
        Description = "The level of a region in the NUTS hierarchy (NUTS 2016); a country is the top.";
        Add("COUNTRY", RegionLevel.Country, "A whole country (NUTS 0).");
        Add("NUTS1", RegionLevel.Nuts1, "A NUTS-1 region.");
        Add("NUTS2", RegionLevel.Nuts2, "A NUTS-2 region, e.g. PL84 Podlaskie.");
        Add("NUTS3", RegionLevel.Nuts3, "A NUTS-3 region, e.g. FI1C4 Kymenlaakso.");
    }
}
