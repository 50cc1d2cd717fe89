using GoSmart.Graph.Api.GraphQL.Actors;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Editing;

public sealed class ActorPayloadType : ObjectGraphType<ActorPayload>
{
    public ActorPayloadType()
    {
        Name = "ActorPayload";
        Description = "The result of a mutation on an actor.";
        Field<NonNullGraphType<BooleanGraphType>>("changed").Description("False when the graph already was as asked (nothing written, nothing audited).").Resolve(c => c.Source.Changed);
        Field<ActorType>("actor").Description("The actor as it is now.").Resolve(c => c.Source.Actor);
    }
}
