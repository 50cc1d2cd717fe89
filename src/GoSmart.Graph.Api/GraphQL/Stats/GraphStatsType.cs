using GoSmart.Graph.Core.Storage;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Stats;

public sealed class GraphStatsType : ObjectGraphType<GraphStats>
{
    public GraphStatsType()
    {
        Name = "GraphStats";
        Description = "Counts over the whole graph.";
        Field<NonNullGraphType<StringGraphType>>("version").Description("The graph version: it changes on every write (a string, as it may exceed 2^53).").Resolve(c => c.Source.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<IntGraphType>>("actors").Description("Number of actors.").Resolve(c => c.Source.Actors);
        Field<NonNullGraphType<IntGraphType>>("projects").Description("Number of projects.").Resolve(c => c.Source.Projects);
        Field<NonNullGraphType<IntGraphType>>("participations").Description("Number of PARTICIPATES_IN relationships.").Resolve(c => c.Source.Participations);
        Field<NonNullGraphType<IntGraphType>>("collaborationPairs").Description("Number of pairs of actors with a COLLABORATES_WITH tie.").Resolve(c => c.Source.CollaborationPairs);
        Field<NonNullGraphType<IntGraphType>>("crossBorderPairs").Description("Those pairs whose actors are in different countries.").Resolve(c => c.Source.CrossBorderPairs);
        Field<NonNullGraphType<IntGraphType>>("regions").Description("Number of regions (countries included).").Resolve(c => c.Source.Regions);
        Field<NonNullGraphType<IntGraphType>>("s3Domains").Description("Number of S3 domains.").Resolve(c => c.Source.S3Domains);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountType>>>>("actorsByKind").Description("Actors per kind, in the enum's order.")
            .Resolve(c => c.Source.ActorsByKind.OrderBy(p => p.Key).Select(p => new KindCount(p.Key, p.Value)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryCountType>>>>("actorsByCountry").Description("Actors per country, most first, then by code.")
            .Resolve(c => c.Source.ActorsByCountry.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new CountryCount(p.Key, p.Value)).ToList());
    }
}
