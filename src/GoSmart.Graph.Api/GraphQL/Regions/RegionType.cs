using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Domains;
using GoSmart.Graph.Api.GraphQL.Loading;
using GoSmart.Graph.Api.GraphQL.Nodes;
using GoSmart.Graph.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Regions;

public sealed class RegionType : ObjectGraphType<Region>
{
    public RegionType()
    {
        Name = "Region";
        Description = "A NUTS region or a country. Actors are LOCATED_IN regions; regions PRIORITISE S3 domains.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Region;

        Field<NonNullGraphType<IdGraphType>>("id").Description("Typed id: `region:<NUTS code>`, or `region:<country>` for a country.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("code").Description("NUTS code (NUTS 2016), or the ISO country code for a country.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name of the region.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("country").Description("ISO 3166-1 alpha-2 country code.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<RegionLevelType>>("level").Description("Country, NUTS-1, NUTS-2 or NUTS-3.").Resolve(c => c.Source.Level);
        Field<RegionType>("parent").Description("The enclosing region; null for a country.")
            .Resolve(c => c.Source.ParentId is { } parent ? c.Loaders().Regions.Load(parent) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("children").Description("The regions directly inside it, by id.")
            .ResolveAsync(async c =>
            {
                var id = c.Source.Id;
                var regions = await c.Loaders().AllRegionsAsync(c.CancellationToken).ConfigureAwait(false);
                return regions.Where(r => r.ParentId == id).ToList();
            });
        Field<GoSmartRoleType>("gosmartRole").Description("LEARNING or ADVANCED for the GoSmart BSR partner regions, else null.").Resolve(c => c.Source.GoSmartRole);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<S3DomainType>>>>("priorities").Description("The S3 domains its smart-specialisation strategy prioritises (PRIORITISES).")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                return loaders.RegionPriorities.Load(c.Source.Id)
                    .Then(list => loaders.Domains.LoadMany((list ?? []).Select(p => p.DomainId).Distinct()));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionPriorityType>>>>("priorityStatements").Description("Its S3 priorities in the strategy's own words, each with the domain it maps onto.")
            .Resolve(c => c.Loaders().RegionPriorities.Load(c.Source.Id).Then(list => list ?? []));

        ActorQueries.AddActorsField(this, "Actors located in this region or in a region inside it.", c => c.Source is Region r ? r.Id : null, ActorScope.Region);
    }
}
