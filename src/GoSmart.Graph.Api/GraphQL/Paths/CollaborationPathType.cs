using GoSmart.Graph.Api.GraphQL.Actors;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Paths;

public sealed class CollaborationPathType : ObjectGraphType<PathResult>
{
    public CollaborationPathType()
    {
        Name = "CollaborationPath";
        Description = "A loopless path between two actors, with the tie of every step.";
        Field<NonNullGraphType<IntGraphType>>("hops").Description("Number of steps.").Resolve(c => c.Source.Path.Hops);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorType>>>>("actors").Description("The actors in order, from `from` to `to`.")
            .Resolve(c => c.Loaders().Actors.LoadMany(c.Source.Path.ActorIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepType>>>>("steps").Description("The steps in order.")
            .Resolve(c => c.Source.Path.Steps.Select(s => new StepResult(s, c.Source.Snapshot)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("countries").Description("The countries the path passes through, in the order first reached (ISO alpha-2).")
            .Resolve(c => c.Source.Path.Countries);
        Field<NonNullGraphType<IntGraphType>>("borderCrossings").Description("How many steps go from one country to another.").Resolve(c => c.Source.Path.BorderCrossings);
        Field<NonNullGraphType<IntGraphType>>("weakestLink").Description("The smallest step strength (shared projects of a collaboration, 1 for a membership, 0 for a shared domain): the second ranking key.")
            .Resolve(c => c.Source.Path.WeakestLink);
        Field<NonNullGraphType<IntGraphType>>("totalStrength").Description("The sum of the step strengths: the third ranking key.").Resolve(c => c.Source.Path.TotalStrength);
    }
}
