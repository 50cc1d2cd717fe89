using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Analysis;
using GoSmart.Graph.Api.GraphQL.Collaborations;
using GoSmart.Graph.Api.GraphQL.Loading;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Paths;

public sealed class PathStepType : ObjectGraphType<StepResult>
{
    public PathStepType()
    {
        Name = "PathStep";
        Description = "One step of a path: two adjacent actors and the relation between them.";
        Field<NonNullGraphType<ActorType>>("from").Description("The actor the step leaves.").Resolve(c => c.Loaders().Actors.Load(c.Source.Snapshot.ActorIds[c.Source.Step.From]));
        Field<NonNullGraphType<ActorType>>("to").Description("The actor the step reaches.").Resolve(c => c.Loaders().Actors.Load(c.Source.Snapshot.ActorIds[c.Source.Step.To]));
        Field<NonNullGraphType<RelationKindType>>("relation").Description("The strongest allowed relation between the two.").Resolve(c => c.Source.Step.Relation);
        Field<CollaborationType>("collaboration").Description("The collaboration tie with its evidence, for a COLLABORATION step; null otherwise.")
            .Resolve(c => Collaboration(c.Source, c.Loaders()));
    }

    /// <summary>The tie as the snapshot has it; a declared tie's broker note is read through the batched loader.</summary>
    private static object? Collaboration(StepResult source, GraphLoaders loaders)
    {
        var (step, snapshot) = (source.Step, source.Snapshot);
        if (step.TieIndex < 0)
        {
            return null;
        }

        var from = snapshot.ActorIds[step.From];
        var to = snapshot.ActorIds[step.To];
        var e = step.TieIndex;
        var tie = new Collaboration(from, to, snapshot.Weights[e], Year(snapshot.FirstYears[e]), Year(snapshot.LastYears[e])) { Declared = snapshot.Declared[e] };
        return tie.Declared
            ? loaders.Collaborations.Load(new ActorPair(from, to)).Then(stored => stored ?? tie)
            : tie;
    }

    private static int? Year(int year) => year == 0 ? null : year;
}
