using GoSmart.Graph.Api.GraphQL.Actors;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Suggestions;

public sealed class SuggestionFilterInputType : InputObjectGraphType
{
    public SuggestionFilterInputType()
    {
        Name = "SuggestionFilter";
        Description = $"Which partners may be suggested; set fields combine with AND, a list matches any of its values (at most {ActorFilterReader.MaxListLength} a list).";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("countryIn").Description("Partners in any of these countries (ISO alpha-2, e.g. `DE`).");
        Field<ListGraphType<NonNullGraphType<ActorKindType>>>("kindIn").Description("Partners of any of these kinds.");
        Field<IdGraphType>("region").Description("Partners located in this region or a region inside it (`region:DE` includes `region:DE60`).");
        Field<IdGraphType>("s3Domain").Description("Partners active in this S3 domain, e.g. `domain:agri-food`.");
        Field<BooleanGraphType>("crossBorderOnly").Description("Only partners in another country than the actor's.");
    }
}
