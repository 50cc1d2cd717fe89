using GoSmart.Graph.Api.GraphQL.Analysis;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Network;

public sealed class NetworkEdgeType : ObjectGraphType<NetworkEdgeView>
{
    public NetworkEdgeType()
    {
        Name = "NetworkEdge";
        Description = "A tie between two nodes of a network view.";
        Field<NonNullGraphType<IdGraphType>>("source").Description("The end nearer the centre (then the smaller id).").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("target").Description("The other end.").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<IntGraphType>>("weight").Description("Shared projects (a declared tie without shared projects weighs 1).").Resolve(c => c.Source.Weight);
        Field<NonNullGraphType<RelationKindType>>("relation").Description("The kind of tie: COLLABORATION (network views travel collaborations only).").Resolve(c => c.Source.Relation);
        Field<IntGraphType>("firstYear").Description("Start year of the earliest shared project.").Resolve(c => c.Source.FirstYear);
        Field<IntGraphType>("lastYear").Description("Start year of the latest shared project.").Resolve(c => c.Source.LastYear);
        Field<NonNullGraphType<BooleanGraphType>>("declared").Description("True when a broker declared the tie.").Resolve(c => c.Source.Declared);
    }
}
