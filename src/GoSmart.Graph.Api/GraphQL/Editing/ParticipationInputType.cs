using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Editing;

public sealed class ParticipationInputType : InputObjectGraphType
{
    public ParticipationInputType()
    {
        Name = "ParticipationInput";
        Description = "An actor's part in a project; both must exist.";
        Field<NonNullGraphType<IdGraphType>>("actorId").Description("An existing actor.");
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("An existing project.");
        Field<StringGraphType>("role").Description("coordinator, participant (default) or partner.");
        Field<FloatGraphType>("contribution").Description("EU contribution in euro.");
    }
}
