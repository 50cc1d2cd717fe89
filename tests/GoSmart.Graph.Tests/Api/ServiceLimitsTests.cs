using System.Net;
using System.Text;
using GoSmart.Graph.Api.GraphQL;
using GoSmart.Graph.Api.Limits;
using GoSmart.Graph.Tests.Support;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Tests.Api;

/// <summary>The limits configured per service: request time, rate, introspection, body size, and list-size weights.</summary>
public sealed class ServiceLimitsTests
{
    [Fact]
    public async Task Request_over_the_time_limit_is_cancelled_and_answered_timeout()
    {
        HangingStatsStore? hanging = null;
        using var factory = new GraphServiceFactory(
            seed: false,
            settings: new Dictionary<string, string?> { ["Limits:RequestTimeoutSeconds"] = "0.5" },
            wrapStore: inner =>
            {
                var (store, proxy) = HangingStatsStore.Wrap(inner);
                hanging = proxy;
                return store;
            });
        var client = new GraphQLClient(factory.CreateClient());

        var response = await client.PostAsync("{ stats { actors } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["TIMEOUT"], await GraphQLClient.ErrorCodesAsync(response));
        await hanging!.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Requests_over_the_rate_limit_get_429_per_credential_or_address()
    {
        using var factory = new GraphServiceFactory(seed: false, settings: new Dictionary<string, string?>
        {
            ["Limits:RateLimit:Enabled"] = "true",
            ["Limits:RateLimit:PermitLimit"] = "3",
            ["Limits:RateLimit:WindowSeconds"] = "3600",
        });
        var anonymous = new GraphQLClient(factory.CreateClient());
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await anonymous.PostAsync("{ __typename }")).StatusCode);
        }

        var limited = await anonymous.PostAsync("{ __typename }");
        var withKey = await anonymous.WithApiKey(TestCredentials.ReaderKey).PostAsync("{ __typename }");
        var health = await factory.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(["RATE_LIMITED"], await GraphQLClient.ErrorCodesAsync(limited));
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Introspection_switched_off_refuses_schema_queries_but_not_typename()
    {
        using var factory = new GraphServiceFactory(seed: false, settings: new Dictionary<string, string?> { ["Limits:EnableIntrospection"] = "false" });
        var client = new GraphQLClient(factory.CreateClient());

        var schema = await client.QueryAsync("{ __schema { types { name } } }");
        var type = await client.QueryAsync("""{ __type(name: "Actor") { name } }""");
        var typename = await client.DataAsync("{ __typename }");

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", schema["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", type["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("Query", typename["__typename"]!.GetValue<string>());
    }

    /// <summary>Misspelt fields, arguments, input fields, types and enum values: what a guessing client sends.</summary>
    public static TheoryData<string> Misspellings => new()
    {
        "{ actorz(id: \"x\") { name } }",
        "{ search(txt: \"uni\") { id } }",
        "{ actors(where: { kindsIn: [COMPANY] }) { totalCount } }",
        "query($f: ActorFiltr) { actors(where: $f) { totalCount } }",
        "{ actors(where: { kindIn: [COMPANYY] }) { totalCount } }",
        "{ stats { actors } } fragment F on Actr { id }",
        "{ stats @inclde(if: true) { actors } }",
    };

    [Theory]
    [MemberData(nameof(Misspellings))]
    public async Task Introspection_switched_off_gives_no_suggestions(string query)
    {
        using var factory = new GraphServiceFactory(seed: false, settings: new Dictionary<string, string?> { ["Limits:EnableIntrospection"] = "false" });
        var client = new GraphQLClient(factory.CreateClient());

        var result = await client.QueryAsync(query);

        Assert.NotEmpty(result["errors"]!.AsArray());
        Assert.DoesNotContain("Did you mean", result["errors"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Introspection_on_keeps_the_suggestions()
    {
        using var factory = new GraphServiceFactory(seed: false);
        var client = new GraphQLClient(factory.CreateClient());

        var result = await client.QueryAsync("{ actorz(id: \"x\") { name } }");

        Assert.Contains("Did you mean", result["errors"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_runs_under_the_time_limit()
    {
        // Past its time limit before it starts: an invalid document is answered TIMEOUT, not validated to the end.
        using var factory = new GraphServiceFactory(seed: false, settings: new Dictionary<string, string?> { ["Limits:RequestTimeoutSeconds"] = "0.0000001" });
        var client = new GraphQLClient(factory.CreateClient());

        var response = await client.PostAsync("{ nope { nope } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["TIMEOUT"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Body_over_the_size_limit_is_http_413()
    {
        using var factory = new GraphServiceFactory(seed: false, settings: new Dictionary<string, string?> { ["GraphQLHttp:MaxRequestBytes"] = "1000" });
        var client = new GraphQLClient(factory.CreateClient());

        var response = await client.PostAsync("{ __typename }", new { padding = new string('x', 2_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(101, true)]
    public async Task Root_fields_beyond_the_limit_are_refused_counting_aliases_and_fragments(int aliases, bool refused)
    {
        using var factory = new GraphServiceFactory(seed: false);
        var client = new GraphQLClient(factory.CreateClient());
        var fields = string.Join(" ", Enumerable.Range(0, aliases - 1).Select(i => $"a{i}: __typename"));

        var result = await client.QueryAsync($"query {{ {fields} ...last }} fragment last on Query {{ z: __typename }}");

        Assert.Equal(refused, result["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() == "LIMIT_EXCEEDED");
    }

    [Theory]
    [InlineData("{ paths(k: 50) { hops { id } } }", true)]
    [InlineData("{ paths(k: 2) { hops { id } } }", false)]
    [InlineData("{ ranking(limit: 50) { hops { id } } }", true)]
    [InlineData("{ ranking { hops { id } } }", false)]
    public async Task K_and_limit_multiply_what_a_field_holds(string query, bool refused)
    {
        var schema = new ListSizeSchema();
        var limits = new LimitsOptions { MaxComplexity = 1_000 };

        var result = await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = query;
            o.ValidationRules = global::GraphQL.Validation.DocumentValidator.CoreRules.Append(new QueryCostRule(Options.Create(limits)));
        });

        Assert.Equal(refused, result.Errors?.Any(e => e is global::GraphQL.Validation.Errors.Custom.ComplexityError) == true);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(60, true)]
    public async Task Answers_holding_more_fields_than_the_limit_are_refused_as_they_are_built(int aliases, bool refused)
    {
        // The complexity check counts a list without `first` as 20 items; the seed's region matrix has 2,011 links,
        // so 60 copies (complexity 60 × 41) would hold 60 × 2,011 × 3 ≈ 362,000 fields, past the 250,000 of the limit.
        using var factory = new GraphServiceFactory();
        var client = new GraphQLClient(factory.CreateClient());
        var fields = string.Join(" ", Enumerable.Range(0, aliases).Select(i => $"m{i}: regionMatrix(groupBy: REGION) {{ from to }}"));

        var result = await client.QueryAsync($"{{ {fields} }}");

        var codes = result["errors"]?.AsArray().Select(e => e?["extensions"]?["code"]?.GetValue<string>()).Distinct().ToArray() ?? [];
        Assert.Equal(refused ? ["LIMIT_EXCEEDED"] : [], codes);
        Assert.Equal(refused, result["errors"]?[0]?["message"]?.GetValue<string>().Contains("Limits:MaxResultFields", StringComparison.Ordinal) == true);
        Assert.Equal(!refused, result["data"]?["m0"]?.AsArray().Count == 2_011);
    }

    /// <summary>A path holds 30 hops; 50 paths of them pass 1,000, 2 do not; <c>ranking</c>'s default limit is 10.</summary>
    private sealed class ListSizeSchema : Schema
    {
        public ListSizeSchema()
        {
            var hop = new ObjectGraphType { Name = "Hop" };
            hop.Field<IdGraphType>("id").Resolve(_ => "x");
            var path = new ObjectGraphType { Name = "Path" };
            path.Field("hops", new ListGraphType(hop)).Argument<IntGraphType>("first", a => a.DefaultValue = 30).Resolve(_ => Array.Empty<object>());
            var query = new ObjectGraphType { Name = "Query" };
            query.Field("paths", new ListGraphType(path)).Argument<IntGraphType>("k").Resolve(_ => Array.Empty<object>());
            query.Field("ranking", new ListGraphType(path)).Argument<IntGraphType>("limit", a => a.DefaultValue = 10).Resolve(_ => Array.Empty<object>());
            Query = query;
        }
    }
}
