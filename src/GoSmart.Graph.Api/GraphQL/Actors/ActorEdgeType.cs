using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Actors;

public sealed class ActorEdgeType : ObjectGraphType<PageEdge<Actor>>
{
    public ActorEdgeType()
    {
        Name = "ActorEdge";
        Description = "An actor in a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque keyset cursor of this edge.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<ActorType>>("node").Description("The actor.").Resolve(c => c.Source.Node);
    }
}
