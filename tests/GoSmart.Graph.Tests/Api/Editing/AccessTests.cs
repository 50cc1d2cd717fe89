using System.Net;
using System.Text.Json.Nodes;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GoSmart.Graph.Tests.Api.Editing;

/// <summary>Credentials and roles end to end: API keys, JWT bearer tokens, the anonymous-read switch, the audit log, and logs free of secrets.</summary>
public sealed class AccessTests : IDisposable
{
    private const string UpsertF = """mutation($input: ActorInput!) { upsertActor(input: $input) { changed } }""";
    private readonly CapturingLoggerProvider _logs = new();
    private readonly GraphServiceFactory _factory;
    private readonly GraphQLClient _anonymous;

    public AccessTests()
    {
        // Everything down to Debug is logged, so the secrets check reads every line the service can write.
        _factory = new GraphServiceFactory(
            seed: false,
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug" },
            configureServices: s => s.AddSingleton<ILoggerProvider>(_logs));
        _anonymous = new GraphQLClient(_factory.CreateClient());
    }

    public void Dispose()
    {
        _factory.Dispose();
        _logs.Dispose();
    }

    private async Task SeedAsync()
    {
        await _anonymous.DataAsync("{ stats { actors } }");
        await _factory.Services.GetRequiredService<GoSmart.Graph.Core.Storage.IGraphStore>().ApplyAsync(TestGraphs.Partners(), CancellationToken.None);
    }

    [Fact]
    public async Task Jwt_broker_token_may_edit_and_is_audited_under_its_subject()
    {
        await SeedAsync();
        var broker = _anonymous.WithBearer(TestCredentials.Jwt("jane.broker", "broker"));
        var admin = _anonymous.WithBearer(TestCredentials.Jwt("root", "admin"));

        var edit = await broker.DataAsync(UpsertF, new { input = new { id = "actor:f", name = "Renamed Company" } });
        var log = await admin.DataAsync("""{ auditLog(first: 5) { principal operation targetId before after } }""");

        Assert.True(edit["upsertActor"]!["changed"]!.GetValue<bool>());
        var entry = log["auditLog"]![0]!;
        Assert.Equal(("jwt:jane.broker", "upsertActor", "actor:f"), (entry["principal"]!.GetValue<string>(), entry["operation"]!.GetValue<string>(), entry["targetId"]!.GetValue<string>()));
        Assert.Contains("Isolated Company", entry["before"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Renamed Company", entry["after"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_log_is_for_admins_only()
    {
        await SeedAsync();
        const string query = "{ auditLog { sequence } }";

        var anonymous = await _anonymous.QueryAsync(query);
        var broker = await _anonymous.WithApiKey(TestCredentials.BrokerKey).QueryAsync(query);
        var admin = await _anonymous.WithApiKey(TestCredentials.AdminKey).DataAsync(query);

        Assert.Equal("UNAUTHENTICATED", anonymous["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", broker["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Empty(admin["auditLog"]!.AsArray());
    }

    [Theory]
    [InlineData("X-Api-Key", "not-a-key-we-know")]
    [InlineData("Authorization", "Bearer not.a.token")]
    [InlineData("Authorization", "Basic dXNlcjpwYXNz")]
    public async Task Refused_credential_is_http_401_unauthenticated_even_for_reading(string header, string value)
    {
        var client = new GraphQLClient(_factory.CreateClient());
        client.Headers[header] = value;

        var response = await client.PostAsync("{ stats { actors } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], await GraphQLClient.ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Jwt_signed_with_another_key_or_expired_is_refused()
    {
        var forged = _anonymous.WithBearer(TestCredentials.Jwt("mallory", "admin", signingKey: "another-signing-key-of-at-least-32-bytes!!"));
        var expired = _anonymous.WithBearer(TestCredentials.Jwt("late", "admin", expires: DateTime.UtcNow.AddMinutes(-10)));

        var forgedResponse = await forged.PostAsync("{ stats { actors } }");
        var expiredResponse = await expired.PostAsync("{ stats { actors } }");

        Assert.Equal(HttpStatusCode.Unauthorized, forgedResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expiredResponse.StatusCode);
    }

    [Fact]
    public async Task Jwt_without_a_subject_is_refused_with_a_reason()
    {
        var nameless = _anonymous.WithBearer(TestCredentials.Jwt(null, "admin"));

        var response = await nameless.PostAsync("{ stats { actors } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], await GraphQLClient.ErrorCodesAsync(response));
        Assert.Contains("`sub` claim", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jwt_expired_two_minutes_ago_is_refused()
    {
        var late = _anonymous.WithBearer(TestCredentials.Jwt("late", "reader", expires: DateTime.UtcNow.AddMinutes(-2)));

        var response = await late.PostAsync("{ stats { actors } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Jwt_and_api_key_of_the_same_name_are_audited_apart()
    {
        await SeedAsync();
        var key = _anonymous.WithApiKey(TestCredentials.BrokerKey);
        var token = _anonymous.WithBearer(TestCredentials.Jwt("test-broker", "broker"));

        await key.DataAsync(UpsertF, new { input = new { id = "actor:f", name = "By Key" } });
        await token.DataAsync(UpsertF, new { input = new { id = "actor:f", name = "By Token" } });
        var log = await _anonymous.WithApiKey(TestCredentials.AdminKey).DataAsync("""{ auditLog(first: 2) { principal } }""");

        Assert.Equal(["jwt:test-broker", "key:test-broker"], log["auditLog"]!.AsArray().Select(e => e!["principal"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Keys_tokens_and_variables_never_reach_the_logs()
    {
        await SeedAsync();
        var token = TestCredentials.Jwt("jane.broker", "broker");
        var forged = TestCredentials.Jwt("mallory", "admin", signingKey: "another-signing-key-of-at-least-32-bytes!!");
        const string secretInVariables = "s3cr3t-value-in-a-variable";

        await _anonymous.WithApiKey(TestCredentials.BrokerKey).DataAsync(UpsertF, new { input = new { id = "actor:f", city = secretInVariables } });
        await _anonymous.WithBearer(token).DataAsync("{ stats { actors } }");
        await new GraphQLClient(_factory.CreateClient()) { Headers = { ["X-Api-Key"] = "wrong-key-that-must-not-be-logged" } }.PostAsync("{ stats { actors } }");
        await _anonymous.WithBearer(forged).PostAsync("{ stats { actors } }");

        var lines = _logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("RequestId=", StringComparison.Ordinal) && l.Contains("test-broker", StringComparison.Ordinal));
        foreach (var secret in new[] { TestCredentials.BrokerKey, token, token.Split('.')[2], forged.Split('.')[2], secretInVariables, "wrong-key-that-must-not-be-logged", TestCredentials.JwtSigningKey })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}

public sealed class AnonymousReadOffTests : IDisposable
{
    private readonly GraphServiceFactory _factory = new(seed: false, settings: new Dictionary<string, string?> { ["Auth:AnonymousRead"] = "false" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Without_anonymous_reading_a_credential_is_needed_to_read()
    {
        var anonymous = new GraphQLClient(_factory.CreateClient());

        var refused = await anonymous.PostAsync("{ stats { actors } }");
        var reader = await anonymous.WithApiKey(TestCredentials.ReaderKey).DataAsync("{ stats { actors } }");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], await GraphQLClient.ErrorCodesAsync(refused));
        Assert.Equal(0, reader["stats"]!["actors"]!.GetValue<int>());
    }
}
