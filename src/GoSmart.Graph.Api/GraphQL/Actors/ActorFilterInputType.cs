using GoSmart.Graph.Api.GraphQL.Regions;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Actors;

public sealed class ActorFilterInputType : InputObjectGraphType
{
    public ActorFilterInputType()
    {
        Name = "ActorFilter";
        Description = $"Filters actors. Set fields combine with AND; a list matches any of its values (so an empty list matches nothing); `and` and `or` nest filters. At most {ActorFilterReader.MaxDepth} levels, {ActorFilterReader.MaxListLength} values a list, {ActorFilterReader.MaxTerms} filters and values in all.";
        Field<ListGraphType<NonNullGraphType<ActorKindType>>>("kindIn").Description("Actors of any of these kinds.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("countryIn").Description("Actors in any of these countries (ISO alpha-2, e.g. `PL`).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("regionIn").Description("Actors located in any of these regions or in a region inside them (e.g. `region:DE` includes `region:DE60`).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("s3DomainIn").Description("Actors active in any of these S3 domains (e.g. `domain:agri-food`).");
        Field<StringGraphType>("nameContains").Description($"Case- and accent-insensitive part of the name or an alternative name (at most {ActorFilterReader.MaxTextLength} characters).");
        Field<BooleanGraphType>("sme").Description("Only SMEs (true) or only non-SMEs (false); actors whose status is unknown match neither.");
        Field<ListGraphType<NonNullGraphType<ActorFilterInputType>>>("and").Description("Every one of these filters must match.");
        Field<ListGraphType<NonNullGraphType<ActorFilterInputType>>>("or").Description("At least one of these filters must match.");
    }
}
