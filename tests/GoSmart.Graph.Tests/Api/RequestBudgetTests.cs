using System.Net;
using System.Text;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api;

/// <summary>The rate limit as a budget: per client network, shared by all anonymous clients, charged for expensive fields, refused in the client's media type.</summary>
public sealed class RequestBudgetTests
{
    private const string Paths = """{ paths(from: "actor:a", to: "actor:b") { hops } }""";

    [Fact]
    public async Task Ten_loopback_addresses_share_one_budget()
    {
        using var factory = Limited(new() { ["Limits:RateLimit:PermitLimit"] = "5" });
        var service = factory.CreateClient().BaseAddress!;
        var statuses = new List<HttpStatusCode>();

        for (var i = 2; i <= 11; i++)
        {
            using var http = LoopbackClient.From(service, $"127.0.0.{i}");
            statuses.Add((await new GraphQLClient(http).PostAsync("{ __typename }")).StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Anonymous_clients_together_cannot_pass_the_anonymous_budget()
    {
        using var factory = Limited(new()
        {
            ["Limits:RateLimit:PermitLimit"] = "5",
            ["Limits:RateLimit:AnonymousPermitLimit"] = "8",
            ["Limits:Clients:LoopbackIsOneHost"] = "false",
        });
        var service = factory.CreateClient().BaseAddress!;
        var statuses = new List<HttpStatusCode>();

        for (var i = 2; i <= 5; i++)
        {
            using var http = LoopbackClient.From(service, $"127.0.0.{i}");
            for (var n = 0; n < 3; n++)
            {
                statuses.Add((await new GraphQLClient(http).PostAsync("{ __typename }")).StatusCode);
            }
        }

        var withKey = await new GraphQLClient(factory.CreateClient()).WithApiKey(TestCredentials.ReaderKey).PostAsync("{ __typename }");

        Assert.Equal(8, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }

    [Fact]
    public async Task Expensive_fields_are_charged_their_cost()
    {
        // paths costs 10 beyond the request's 1: two fit in 25 units, the third does not.
        using var factory = Limited(new() { ["Limits:RateLimit:PermitLimit"] = "25" });
        var client = new GraphQLClient(factory.CreateClient());
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsync(Paths)).StatusCode);
        }

        var refused = await client.PostAsync(Paths);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(["RATE_LIMITED"], await GraphQLClient.ErrorCodesAsync(refused));
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task Operation_costing_more_than_the_whole_budget_is_limit_exceeded()
    {
        using var factory = Limited(new() { ["Limits:RateLimit:PermitLimit"] = "30" });
        var client = new GraphQLClient(factory.CreateClient());
        var fields = string.Join(" ", Enumerable.Range(0, 4).Select(i => $$"""p{{i}}: paths(from: "actor:a", to: "actor:b") { hops }"""));

        var result = await client.QueryAsync("{ " + fields + " }");

        Assert.Equal("LIMIT_EXCEEDED", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rate_limited_answer_is_in_the_media_type_the_client_accepts()
    {
        using var factory = Limited(new() { ["Limits:RateLimit:PermitLimit"] = "1" });
        var client = new GraphQLClient(factory.CreateClient());
        await client.PostAsync("{ __typename }");

        var refused = await client.PostAsync("{ __typename }", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/graphql-response+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["RATE_LIMITED"], await GraphQLClient.ErrorCodesAsync(refused));
    }

    [Fact]
    public async Task Jwt_and_api_key_of_the_same_name_have_separate_budgets()
    {
        using var factory = Limited(new() { ["Limits:RateLimit:PermitLimit"] = "2" });
        var anonymous = new GraphQLClient(factory.CreateClient());
        var key = anonymous.WithApiKey(TestCredentials.AdminKey);
        await key.PostAsync("{ __typename }");
        await key.PostAsync("{ __typename }");

        var keyAgain = await key.PostAsync("{ __typename }");
        var token = await anonymous.WithBearer(TestCredentials.Jwt("test-admin", "admin")).PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.TooManyRequests, keyAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    private static GraphServiceFactory Limited(Dictionary<string, string?> settings)
    {
        settings["Limits:RateLimit:Enabled"] = "true";
        settings["Limits:RateLimit:WindowSeconds"] = "3600";
        return new GraphServiceFactory(seed: false, settings: settings);
    }
}
