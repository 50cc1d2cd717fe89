using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Paging;
using GoSmart.Graph.Core.Model;
using GraphQL;

namespace GoSmart.Graph.Api.GraphQL.Projects;

public sealed class ParticipantConnectionType : ConnectionType<ParticipantEdgeType, ActorType, Participation>
{
    public ParticipantConnectionType()
        : base("ParticipantConnection", "participants", c => c.Loaders().Actors.LoadMany(c.Source.Page.Edges.Select(e => e.Node.ActorId)))
    {
    }
}
