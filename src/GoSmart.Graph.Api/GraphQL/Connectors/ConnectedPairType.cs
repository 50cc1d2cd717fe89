using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Core.Analysis.Connectors;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Connectors;

public sealed class ConnectedPairType : ObjectGraphType<ConnectedPair>
{
    public ConnectedPairType()
    {
        Name = "ConnectedPair";
        Description = "Two actors, one in each group, that a connector ties together: both its collaborators, or the connector itself and a collaborator on the other side.";
        Field<NonNullGraphType<ActorType>>("from").Description("The actor in the `from` group.").Resolve(c => c.Loaders().Actors.Load(c.Source.FromActorId));
        Field<NonNullGraphType<ActorType>>("to").Description("The actor in the `to` group.").Resolve(c => c.Loaders().Actors.Load(c.Source.ToActorId));
        Field<NonNullGraphType<IntGraphType>>("strength").Description("The weaker of the two ties through the connector, in shared projects (for the connector's own pair, its direct tie).").Resolve(c => c.Source.Strength);
    }
}
