using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Actors;

public sealed class ActorSortInputType : InputObjectGraphType
{
    public ActorSortInputType()
    {
        Name = "ActorSort";
        Description = "One key of an actor sort order.";
        Field<NonNullGraphType<ActorSortFieldType>>("field").Description("What to sort by.");
        Field<SortDirectionType>("direction").Description("ASC (default) or DESC.").DefaultValue(Core.Storage.SortDirection.Ascending);
    }
}
