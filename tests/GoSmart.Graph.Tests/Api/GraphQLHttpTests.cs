using System.Net;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api;

[Collection(SeededServiceGroup.Name)]
public sealed class GraphQLHttpTests(SeededService service)
{
    private readonly GraphQLClient _client = service.Client;

    [Fact]
    public void Service_under_test_listens_on_a_real_loopback_socket()
    {
        var address = _client.Http.BaseAddress!;

        Assert.True(address.IsLoopback, address.ToString());
        Assert.NotEqual(80, address.Port);
    }

    [Fact]
    public async Task Post_json_query_answers_200_with_data()
    {
        var response = await _client.PostAsync("{ stats { actors } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"actors\":", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_accepting_graphql_response_json_answers_in_that_media_type()
    {
        var response = await _client.PostAsync("{ stats { actors } }", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_query_answers_200()
    {
        var response = await _client.GetAsync("{ region(code: \"PL84\") { name } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Podlaskie", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Response_keeps_non_ascii_names_readable()
    {
        var response = await _client.PostAsync("{ region(code: \"EE008\") { name } }");

        Assert.Contains("Lõuna-Eesti", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_mutation_answers_405_with_allow_post()
    {
        var response = await _client.GetAsync("mutation { upsertActor { id } }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow.Concat(response.Headers.Select(h => string.Join(",", h.Value))), StringComparer.Ordinal);
        Assert.Equal(["BAD_REQUEST"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Post_malformed_json_answers_400_with_graphql_error()
    {
        var response = await _client.PostRawAsync("{\"query\": \"{ stats { actors } }\"", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Post_without_query_answers_400()
    {
        var response = await _client.PostRawAsync("{\"variables\": {}}", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Get_without_query_answers_400()
    {
        var response = await _client.Http.GetAsync("/graphql");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("query=%7B%20stats%20%7B%20actors%20%7D%20%7D&query=%7B%20__typename%20%7D", "query")]
    [InlineData("query=%7B%20__typename%20%7D&variables=%7B%7D&variables=%7B%7D", "variables")]
    [InlineData("query=%7B%20__typename%20%7D&operationName=A&operationName=B", "operationName")]
    public async Task Get_with_a_parameter_given_twice_answers_400_naming_it(string parameters, string name)
    {
        var response = await _client.Http.GetAsync("/graphql?" + parameters);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await GraphQLClient.ErrorCodesAsync(response));
        Assert.Contains($"`{name}` is given 2 times", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_with_wrong_content_type_answers_415()
    {
        var response = await _client.PostRawAsync("query=%7Bstats%7D", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Post_with_unacceptable_accept_answers_406()
    {
        var response = await _client.PostAsync("{ stats { actors } }", accept: "text/csv");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Syntax_error_answers_400_in_graphql_response_json()
    {
        var response = await _client.PostAsync("{ stats { actors ", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Syntax_error_answers_200_in_application_json()
    {
        var response = await _client.PostAsync("{ stats { actors ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["GRAPHQL_PARSE_FAILED"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Unknown_field_is_a_validation_error()
    {
        var response = await _client.PostAsync("{ stats { planets } }", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Variable_of_wrong_type_is_bad_user_input()
    {
        var response = await _client.PostAsync("query($n: Int) { actors(first: $n) { totalCount } }", new { n = "many" });

        Assert.Equal(["BAD_USER_INPUT"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Put_answers_405_with_a_coded_error()
    {
        var response = await _client.Http.PutAsync("/graphql", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Post_in_a_charset_other_than_utf8_answers_415()
    {
        var response = await _client.PostRawAsync("{\"query\": \"{ stats { actors } }\"}", "application/json; charset=utf-16");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_operation_name_answers_200_in_application_json_with_a_coded_error()
    {
        var response = await _client.PostRawAsync("{\"query\": \"query A { stats { actors } }\", \"operationName\": \"B\"}", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Health_live_answers_healthy()
    {
        var response = await _client.Http.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_ready_reports_the_store_and_the_graph_version()
    {
        var version = (await _client.DataAsync("{ stats { version } }"))["stats"]!["version"]!.GetValue<string>();

        var response = await _client.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Healthy: store Embedded, ready, graph version {version}.", await response.Content.ReadAsStringAsync());
    }
}
