using GoSmart.Graph.Api.GraphQL.Actors;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Stats;

public sealed class KindCountType : ObjectGraphType<KindCount>
{
    public KindCountType()
    {
        Name = "KindCount";
        Description = "How many actors are of one kind.";
        Field<NonNullGraphType<ActorKindType>>("kind").Description("The kind.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Number of actors.").Resolve(c => c.Source.Count);
    }
}
