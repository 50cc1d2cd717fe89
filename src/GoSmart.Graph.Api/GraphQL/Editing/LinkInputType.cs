using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Editing;

public sealed class LinkInputType : InputObjectGraphType
{
    public LinkInputType()
    {
        Name = "LinkInput";
        Description = "A declared tie between two existing actors.";
        Field<NonNullGraphType<LinkKindType>>("kind").Description("COLLABORATES_WITH or MEMBER_OF.");
        Field<NonNullGraphType<IdGraphType>>("actorId").Description("For MEMBER_OF, the member.");
        Field<NonNullGraphType<IdGraphType>>("otherActorId").Description("For MEMBER_OF, the cluster.");
        Field<IntGraphType>("firstYear").Description("COLLABORATES_WITH only.");
        Field<IntGraphType>("lastYear").Description("COLLABORATES_WITH only; not before `firstYear`.");
        Field<StringGraphType>("evidence").Description($"COLLABORATES_WITH only: what the broker knows of it, at most {EditValidation.MaxTextLength} characters.");
    }
}
