namespace GoSmart.Graph.Api.GraphQL.Stats;

public sealed record CountryCount(string Country, int Count);
