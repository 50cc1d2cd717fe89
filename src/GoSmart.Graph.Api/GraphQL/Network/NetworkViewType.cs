using GoSmart.Graph.Api.GraphQL.Actors;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Network;

public sealed class NetworkViewType : ObjectGraphType<NetworkView>
{
    /// <summary>How many edges per node the complexity analysis counts for `edges`: on the seed, 1,000-node views around the busiest actors have 13.5 to 16.</summary>
    public const double EdgesPerNode = 20;

    public NetworkViewType()
    {
        Name = "NetworkView";
        Description = "An ego network as nodes and edges, the shape drawing libraries take (d3, Cytoscape, vis-network, Sigma).";
        Field<NonNullGraphType<ActorType>>("center").Description("The actor at the centre.").Resolve(c => c.Loaders().Actors.Load(c.Source.CenterId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkNodeType>>>>("nodes").Description("The centre first, then by depth, strongest tie first, then by id.").Resolve(c => c.Source.Nodes)
            // At most `limit` nodes, which `network` already multiplies by.
            .FieldType.WithListSize(1);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkEdgeType>>>>("edges").Description("Every collaboration between two kept nodes, in the nodes' order.").Resolve(c => c.Source.Edges)
            // Counted as EdgesPerNode edges per node (`network` multiplies by `limit`).
            .FieldType.WithListSize(EdgesPerNode);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when `limit` left out actors within `depth`: the weakest-tied ones of the last depth reached, and everything deeper.").Resolve(c => c.Source.Truncated);
    }
}
