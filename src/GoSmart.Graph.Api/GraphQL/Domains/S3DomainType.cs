using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Loading;
using GoSmart.Graph.Api.GraphQL.Nodes;
using GoSmart.Graph.Api.GraphQL.Regions;
using GoSmart.Graph.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Domains;

public sealed class S3DomainType : ObjectGraphType<S3Domain>
{
    public S3DomainType()
    {
        Name = "S3Domain";
        Description = "A smart-specialisation (S3) domain of the curated taxonomy, e.g. `domain:agri-food`.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is S3Domain;

        Field<NonNullGraphType<IdGraphType>>("id").Description("Typed id: `domain:<slug>`.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name of the domain.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Description("What the domain covers and which programme parts map onto it.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions").Description("The regions that prioritise this domain.")
            .Resolve(c =>
            {
                var loaders = c.Loaders();
                return loaders.DomainPriorities.Load(c.Source.Id)
                    .Then(list => loaders.Regions.LoadMany((list ?? []).Select(p => p.RegionId).Distinct()));
            });

        ActorQueries.AddActorsField(this, "Actors active in this domain (ACTIVE_IN).", c => c.Source is S3Domain d ? d.Id : null, ActorScope.Domain);
    }
}
