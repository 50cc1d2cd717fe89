using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Paging;
using GoSmart.Graph.Core.Analysis.Connectors;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Connectors;

public sealed class ConnectorType : ObjectGraphType<Connector>
{
    public ConnectorType()
    {
        Name = "Connector";
        Description = "An actor that ties two groups together, with what it connects.";
        Field<NonNullGraphType<ActorType>>("actor").Description("The connector.").Resolve(c => c.Loaders().Actors.Load(c.Source.ActorId));
        Field<NonNullGraphType<BooleanGraphType>>("insideFrom").Description("True when the connector itself belongs to the `from` group.").Resolve(c => c.Source.InFrom);
        Field<NonNullGraphType<BooleanGraphType>>("insideTo").Description("True when the connector itself belongs to the `to` group.").Resolve(c => c.Source.InTo);
        Field<NonNullGraphType<IntGraphType>>("tiesFrom").Description("Its collaborators in the `from` group (itself not counted).").Resolve(c => c.Source.TiesFrom);
        Field<NonNullGraphType<IntGraphType>>("tiesTo").Description("Its collaborators in the `to` group (itself not counted).").Resolve(c => c.Source.TiesTo);
        Field<NonNullGraphType<IntGraphType>>("pairsConnected")
            .Description("Pairs (a, b) of different actors, a in `from`, b in `to`, it links: a and b both its collaborators, or one of them the connector itself. For an outsider, tiesFrom × tiesTo (less the collaborators in both groups).")
            .Resolve(c => (int)Math.Min(c.Source.PairsConnected, int.MaxValue));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Sum over the connected pairs of their strength (the weaker tie, in shared projects); the ranking key.").Resolve(c => (double)c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectedPairType>>>>("pairs")
            .Description($"The strongest pairs it connects (at most {TwoStepConnectorRanking.MaxPairsPerConnector}).")
            .Argument<IntGraphType>("first", a =>
            {
                a.DefaultValue = 3;
                a.Description = $"How many pairs: 0 to {TwoStepConnectorRanking.MaxPairsPerConnector}.";
            })
            .Resolve(c =>
            {
                var first = c.GetArgument("first", 3);
                PagingArguments.Check(first, "first", TwoStepConnectorRanking.MaxPairsPerConnector);
                return c.Source.Pairs.Take(first).ToList();
            });
    }
}
