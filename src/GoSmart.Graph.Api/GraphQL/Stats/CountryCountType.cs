using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Stats;

public sealed class CountryCountType : ObjectGraphType<CountryCount>
{
    public CountryCountType()
    {
        Name = "CountryCount";
        Description = "How many actors are in one country.";
        Field<NonNullGraphType<StringGraphType>>("country").Description("ISO alpha-2 country code.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Number of actors.").Resolve(c => c.Source.Count);
    }
}
