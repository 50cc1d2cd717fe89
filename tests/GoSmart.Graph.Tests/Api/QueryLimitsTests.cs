using System.Net;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api;

[Collection(SeededServiceGroup.Name)]
public sealed class QueryLimitsTests(SeededService service)
{
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    private readonly GraphQLClient _client = service.Client;

    [Fact]
    public async Task Introspection_query_of_an_ide_passes_the_limits()
    {
        var data = await _client.DataAsync(IntrospectionQuery);

        Assert.NotEmpty(data["__schema"]!["types"]!.AsArray());
    }

    [Fact]
    public async Task Nested_pages_that_multiply_past_the_complexity_limit_are_refused()
    {
        var response = await _client.PostAsync("{ actors(first: 100) { nodes { collaborators(first: 100) { nodes { collaborators(first: 100) { nodes { id name } } } } } } }", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["LIMIT_EXCEEDED"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Complexity_is_checked_again_when_a_cached_document_gets_larger_variables()
    {
        const string Query = "query($n: Int) { actors(first: $n) { nodes { collaborators(first: $n) { nodes { collaborators(first: $n) { nodes { id } } } } } } }";
        await _client.DataAsync(Query, new { n = 2 });

        var response = await _client.PostAsync(Query, new { n = 100 });

        Assert.Equal(["LIMIT_EXCEEDED"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Many_aliases_of_a_large_search_are_refused()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"s{i}: search(text: \"a\", first: 100) {{ id }}"));

        var response = await _client.PostAsync("{ " + aliases + " }");

        Assert.Equal(["LIMIT_EXCEEDED"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Query_deeper_than_the_limit_is_refused()
    {
        var response = await _client.PostAsync("{ actor(id: \"actor:pic-999889193\") { region { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } } } } } } }");

        Assert.Equal(["LIMIT_EXCEEDED"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.OK)]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    public async Task Document_nested_past_the_parser_limit_is_a_parse_error(string accept, HttpStatusCode status)
    {
        var query = "{ actors { edges { node { " + string.Concat(Enumerable.Repeat("region { ", 400)) + "code" + new string('}', 403) + " }";

        var response = await _client.GetAsync(query, accept);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], await GraphQLClient.ErrorCodesAsync(response));
    }
}
