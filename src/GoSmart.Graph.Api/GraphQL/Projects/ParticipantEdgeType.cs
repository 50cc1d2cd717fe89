using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Projects;

public sealed class ParticipantEdgeType : ObjectGraphType<PageEdge<Participation>>
{
    public ParticipantEdgeType()
    {
        Name = "ParticipantEdge";
        Description = "An actor's participation in a project (PARTICIPATES_IN).";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque keyset cursor of this edge.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<ActorType>>("node").Description("The participating actor.").Resolve(c => c.Loaders().Actors.Load(c.Source.Node.ActorId));
        Field<NonNullGraphType<StringGraphType>>("role").Description("coordinator, participant or partner.").Resolve(c => c.Source.Node.Role);
        Field<FloatGraphType>("contribution").Description("EU contribution to this actor in euro, where known.").Resolve(c => (double?)c.Source.Node.Contribution);
    }
}
