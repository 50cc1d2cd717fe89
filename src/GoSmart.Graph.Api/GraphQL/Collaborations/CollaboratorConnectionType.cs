using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Paging;
using GoSmart.Graph.Core.Model;
using GraphQL;

namespace GoSmart.Graph.Api.GraphQL.Collaborations;

public sealed class CollaboratorConnectionType : ConnectionType<CollaboratorEdgeType, ActorType, Collaboration>
{
    public CollaboratorConnectionType()
        : base("CollaboratorConnection", "collaborators", c => c.Loaders().Actors.LoadMany(c.Source.Page.Edges.Select(e => e.Node.OtherActorId)))
    {
    }
}
