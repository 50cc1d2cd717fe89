using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Analysis;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Paths;

public sealed class PathConstraintsInputType : InputObjectGraphType
{
    public PathConstraintsInputType()
    {
        Name = "PathConstraints";
        Description = "What a path may travel and whom it may pass through. Intermediaries are the actors between the two ends.";
        Field<ListGraphType<NonNullGraphType<RelationKindType>>>("via")
            .Description("The relations a step may use (at least one). Between two actors the strongest allowed one is the step.")
            .DefaultValue(new object[] { Core.Model.RelationKind.Collaboration });
        Field<BooleanGraphType>("crossBorder").Description("The path must cross at least one national border.").DefaultValue(false);
        Field<ListGraphType<NonNullGraphType<ActorKindType>>>("intermediaryKinds").Description("Every intermediary must be of one of these kinds.");
        Field<IdGraphType>("intermediaryDomain").Description("Every intermediary must be active in this S3 domain, e.g. `domain:agri-food`.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("avoid").Description($"Actors no path may pass through (at most {PathQueries.MaxAvoid}).");
        Field<IntGraphType>("minWeight").Description("Collaboration steps need at least this many shared projects (1 or more).");
        Field<IntGraphType>("sinceYear").Description("Collaboration steps need a tie whose last shared project started in or after this year.");
    }
}
