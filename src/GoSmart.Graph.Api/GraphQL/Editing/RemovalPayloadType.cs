using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Editing;

public sealed class RemovalPayloadType : ObjectGraphType<RemovalPayload>
{
    public RemovalPayloadType()
    {
        Name = "RemovalPayload";
        Description = "The result of a removal.";
        Field<NonNullGraphType<BooleanGraphType>>("changed").Description("False when there was nothing to remove.").Resolve(c => c.Source.Changed);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The id that was removed.").Resolve(c => c.Source.Id);
    }
}
