using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Regions;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Network;

public sealed class NetworkNodeType : ObjectGraphType<NetworkNodeView>
{
    public NetworkNodeType()
    {
        Name = "NetworkNode";
        Description = "An actor in a network view.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The actor's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("label").Description("The actor's name.").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<ActorKindType>>("kind").Description("The actor's kind.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("country").Description("ISO 3166-1 alpha-2 country code.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<IdGraphType>>("regionId").Description("The id of the region it is located in.").Resolve(c => c.Source.RegionId);
        Field<NonNullGraphType<RegionType>>("region").Description("The region it is located in.").Resolve(c => c.Loaders().Regions.Load(c.Source.RegionId));
        Field<NonNullGraphType<IntGraphType>>("degree").Description("Its collaborators in the whole graph (not only in the view).").Resolve(c => c.Source.Degree);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("Steps from the centre (0 for the centre).").Resolve(c => c.Source.Depth);
        Field<NonNullGraphType<IntGraphType>>("strength").Description("Weight of its strongest tie to the previous depth, by which it was kept; 0 for the centre.").Resolve(c => c.Source.Strength);
        Field<NonNullGraphType<ActorType>>("actor").Description("The actor, for any other field.").Resolve(c => c.Loaders().Actors.Load(c.Source.Id));
    }
}
