using GoSmart.Graph.Core.Model;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Regions;

public sealed class RegionLevelType : EnumerationGraphType<RegionLevel>
{
    public RegionLevelType()
    {
        Name = "RegionLevel";
        Description = "The level of a region in the NUTS hierarchy (NUTS 2016); a country is the top.";
        Values["COUNTRY"]!.Description = "A whole country (NUTS 0).";
        Values["NUTS1"]!.Description = "A NUTS-1 region.";
        Values["NUTS2"]!.Description = "A NUTS-2 region, e.g. PL84 Podlaskie.";
        Values["NUTS3"]!.Description = "A NUTS-3 region, e.g. FI1C4 Kymenlaakso.";
    }
}
