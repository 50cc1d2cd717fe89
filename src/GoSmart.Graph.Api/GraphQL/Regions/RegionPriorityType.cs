using GoSmart.Graph.Api.GraphQL.Domains;
using GoSmart.Graph.Core.Model;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Regions;

public sealed class RegionPriorityType : ObjectGraphType<RegionPriority>
{
    public RegionPriorityType()
    {
        Name = "RegionPriority";
        Description = "A region's smart-specialisation priority (PRIORITISES) in its strategy's own words.";
        Field<NonNullGraphType<StringGraphType>>("priority").Description("The priority as the strategy words it.").Resolve(c => c.Source.Priority);
        Field<NonNullGraphType<S3DomainType>>("domain").Description("The S3 domain it maps onto.").Resolve(c => c.Loaders().Domains.Load(c.Source.DomainId));
        Field<NonNullGraphType<RegionType>>("region").Description("The region.").Resolve(c => c.Loaders().Regions.Load(c.Source.RegionId));
    }
}
