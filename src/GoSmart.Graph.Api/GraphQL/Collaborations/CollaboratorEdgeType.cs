using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Collaborations;

public sealed class CollaboratorEdgeType : ObjectGraphType<PageEdge<Collaboration>>
{
    public CollaboratorEdgeType()
    {
        Name = "CollaboratorEdge";
        Description = "A collaborator with the tie that links it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque keyset cursor of this edge.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<ActorType>>("node").Description("The collaborating actor.").Resolve(c => c.Loaders().Actors.Load(c.Source.Node.OtherActorId));
        Field<NonNullGraphType<CollaborationType>>("collaboration").Description("The tie: weight, years, evidence.").Resolve(c => c.Source.Node);
    }
}
