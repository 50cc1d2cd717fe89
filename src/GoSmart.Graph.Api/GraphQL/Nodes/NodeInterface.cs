using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Nodes;

/// <summary>Relay's Node: anything with a global, typed id.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything with a global, typed, readable id (`actor:pic-999889193`, `region:PL84`, `domain:agri-food`, `project:rcn-210603`).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id; its prefix names the type.");
    }
}
