using GoSmart.Graph.Api.GraphQL.Analysis;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Core.Analysis;
using GoSmart.Graph.Core.Analysis.Connectors;
using GoSmart.Graph.Core.Model;
using GraphQL;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Connectors;

/// <summary>The <c>connectors</c> field: who ties two groups of actors together.</summary>
public static class ConnectorQueries
{
    public const int MaxConnectors = 100;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectorType>>>>("connectors")
            .Description(
                "The actors that tie two groups together (\"who bridges Podlaskie and Hamburg in agri-food\"): those with collaborators on both sides, "
                + "and those inside one group with collaborators in the other. Ranked by score (the connected pairs weighted by the weaker tie of each), "
                + $"then pairs, then id. At most {MaxConnectors}.")
            .Argument<NonNullGraphType<GroupInputType>>("from", "One group, e.g. `{ region: \"region:PL84\", s3Domain: \"domain:agri-food\" }`.")
            .Argument<NonNullGraphType<GroupInputType>>("to", "The other group, e.g. `{ region: \"region:DE60\" }`.")
            .Argument<IntGraphType>("first", a =>
            {
                a.DefaultValue = 10;
                a.Description = $"How many connectors: 0 to {MaxConnectors}.";
            })
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument("first", 10);
                if (first < 0)
                {
                    throw new UserInputError($"`first` must be 0 or more; it was {first}.");
                }

                if (first > MaxConnectors)
                {
                    throw UserInputError.LimitExceeded($"`first` may be at most {MaxConnectors}; it was {first}.");
                }

                var regions = await AnalysisArguments.RegionsAsync(c).ConfigureAwait(false);
                var from = await ReadGroupAsync(c, "from", regions).ConfigureAwait(false);
                var to = await ReadGroupAsync(c, "to", regions).ConfigureAwait(false);
                var snapshot = await AnalysisArguments.SnapshotAsync(c).ConfigureAwait(false);
                return TwoStepConnectorRanking.Rank(
                    snapshot, from.Members(snapshot, regions), to.Members(snapshot, regions), first, TwoStepConnectorRanking.MaxPairsPerConnector, c.CancellationToken);
            });
    }

    private static async Task<ActorGroup> ReadGroupAsync(IResolveFieldContext context, string argument, RegionHierarchy regions)
    {
        var fields = context.GetArgument<Dictionary<string, object?>>(argument) ?? [];
        var region = fields.GetValueOrDefault("region") is string r ? AnalysisArguments.TypedId(r, Ids.RegionPrefix, $"{argument}.region", "region:PL84") : null;
        var country = fields.GetValueOrDefault("country") is string k ? AnalysisArguments.Country(k, $"{argument}.country") : null;
        var domain = fields.GetValueOrDefault("s3Domain") is string d ? AnalysisArguments.TypedId(d, Ids.DomainPrefix, $"{argument}.s3Domain", "domain:agri-food") : null;
        var kind = fields.GetValueOrDefault("kind") is ActorKind kk ? kk : (ActorKind?)null;
        var group = new ActorGroup(region, country, domain, kind);
        if (group.IsEmpty)
        {
            throw new UserInputError($"`{argument}` is an empty group; give at least one of `region`, `country`, `s3Domain`, `kind`.");
        }

        if (region is not null)
        {
            AnalysisArguments.RequireRegion(regions, region, $"{argument}.region");
        }

        if (domain is not null)
        {
            await AnalysisArguments.RequireDomainAsync(context, domain, $"{argument}.s3Domain").ConfigureAwait(false);
        }

        return group;
    }
}
