using GoSmart.Graph.Api.GraphQL.Paging;
using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Api.GraphQL.Actors;

public sealed class ActorConnectionType : ConnectionType<ActorEdgeType, ActorType, Actor>
{
    public ActorConnectionType()
        : base("ActorConnection", "actors", c => c.Source.Page.Edges.Select(e => e.Node).ToList())
    {
    }
}
