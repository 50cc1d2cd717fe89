using System.Collections.Concurrent;
using System.Text.Json;
using CsCheck;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GoSmart.Graph.Tests.Api;

/// <summary>
/// Property: whatever arrives over HTTP, the service answers within the client's timeout, never with a
/// 5xx, with a JSON body whose every error carries one of our codes, and logs no unhandled error.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output) : IDisposable
{
    public const int Requests = 10_000;

    private static readonly HashSet<string> Codes =
    [
        "BAD_USER_INPUT", "NOT_FOUND", "LIMIT_EXCEEDED", "TIMEOUT", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED",
        "BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "RATE_LIMITED",
    ];

    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task Ten_thousand_hostile_requests_get_coded_answers_and_never_a_5xx()
    {
        using var factory = new GraphServiceFactory(
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" },
            configureServices: s => s.AddSingleton<ILoggerProvider>(_logs));
        using var http = factory.CreateClient();
        http.Timeout = TimeSpan.FromSeconds(60);
        var statuses = new ConcurrentDictionary<int, int>();
        var codes = new ConcurrentDictionary<string, int>();
        var kinds = new ConcurrentDictionary<string, int>();
        var milliseconds = new ConcurrentDictionary<string, long>();
        var gen = Gen.Select(Gen.Int[0, HostileRequests.Kinds.Count - 1], Gen.Int, (kind, seed) => (Kind: kind, Seed: seed));

        await gen.SampleAsync(
            async sample =>
            {
                using var request = HostileRequests.Build(sample.Kind, sample.Seed);
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                kinds.AddOrUpdate(HostileRequests.Kinds[sample.Kind], 1, (_, n) => n + 1);
                var elapsed = (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                milliseconds.AddOrUpdate(HostileRequests.Kinds[sample.Kind], elapsed, (_, n) => n + elapsed);
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                Assert.True(status < 500, $"HTTP {status} for {HostileRequests.Kinds[sample.Kind]} seed {sample.Seed}: {Shorten(body)}");
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    // A GET that prefers HTML is a browser opening the IDE, whatever its query says.
                    Assert.Equal(HttpMethod.Get, request.Method);
                    Assert.Contains("GraphQL IDE", body, StringComparison.Ordinal);
                    codes.AddOrUpdate("(the IDE page)", 1, (_, n) => n + 1);
                    return;
                }

                using var json = JsonDocument.Parse(body);
                if (json.RootElement.TryGetProperty("errors", out var errors))
                {
                    foreach (var error in errors.EnumerateArray())
                    {
                        var code = error.GetProperty("extensions").GetProperty("code").GetString()!;
                        codes.AddOrUpdate(code, 1, (_, n) => n + 1);
                        Assert.True(Codes.Contains(code), $"{code} for {HostileRequests.Kinds[sample.Kind]} seed {sample.Seed}: {Shorten(body)}");
                    }
                }
                else
                {
                    Assert.True(json.RootElement.TryGetProperty("data", out _), $"neither data nor errors: {Shorten(body)}");
                }
            },
            iter: Requests,
            threads: 4);

        output.WriteLine($"requests: {statuses.Values.Sum()}");
        output.WriteLine("by kind: " + string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")));
        output.WriteLine("total ms by kind (for tuning, not asserted): " + string.Join(", ", milliseconds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")));
        output.WriteLine("by HTTP status: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}")));
        output.WriteLine("by error code: " + string.Join(", ", codes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")));
        Assert.Equal(Requests, statuses.Values.Sum());
        Assert.DoesNotContain(_logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.StartsWith("Healthy: ", await http.GetStringAsync(new Uri("/health/ready", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Look_alike_ids_and_hidden_characters_are_refused_and_search_still_finds_one_original()
    {
        using var factory = new GraphServiceFactory();
        var broker = new GraphQLClient(factory.CreateClient()).WithApiKey(TestCredentials.BrokerKey);
        (string Query, object Variables)[] attacks =
        [
            ("mutation($v: ActorInput!) { upsertActor(input: $v) { changed } }", new { v = new { id = "actor:pic-999889193\n", name = "Białystok University of Technology", kind = "RESEARCH", country = "PL", regionId = "region:PL84" } }),
            ("mutation($v: ActorInput!) { upsertActor(input: $v) { changed } }", new { v = new { id = "actor:pic-999889193-x", name = "Białystok University of Technology\u202E", kind = "RESEARCH", country = "PL", regionId = "region:PL84" } }),
            ("mutation($v: ActorInput!) { upsertActor(input: $v) { changed } }", new { v = new { id = "actor:pic-999889193-y", name = "Białystok\u2028University of Technology", kind = "RESEARCH", country = "PL", regionId = "region:PL84" } }),
            ("mutation($v: LinkInput!) { linkActors(input: $v) { changed } }", new { v = new { kind = "COLLABORATES_WITH", actorId = "actor:pic-999889193\n", otherActorId = "actor:pic-999905101" } }),
            ("mutation($v: ProjectInput!) { upsertProject(input: $v) { changed } }", new { v = new { id = "project:rcn-210603\n", title = "A look-alike" } }),
            ("mutation { addParticipation(input: { actorId: \"actor:pic-999889193\", projectId: \"project:rcn-210603\", contribution: 1e308 }) { changed } }", new { }),
        ];

        foreach (var (query, variables) in attacks)
        {
            var answer = await broker.QueryAsync(query, variables);

            Assert.True(answer["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() == "BAD_USER_INPUT", $"{query}: {answer.ToJsonString()}");
        }

        var found = await broker.DataAsync("""{ search(text: "Białystok University of Technology", first: 10) { id name } }""");
        Assert.Equal(["actor:pic-999889193"], found["search"]!.AsArray().Where(a => a!["name"]!.GetValue<string>().StartsWith("Bia", StringComparison.Ordinal)).Select(a => a!["id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("subscription { stats { actors } }", "BAD_REQUEST")]
    [InlineData("subscription S { stats { actors } } query Q { stats { actors } }", "BAD_REQUEST")]
    [InlineData("{ ...F0 } fragment F0 on Query { ...F1 ...F1 } fragment F1 on Query { ...F0 }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("query($v: Int = \"x\") { actors(first: $v) { totalCount } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ stats { ... on Actor { id } } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ stats { ...F } } fragment F on Nope { id }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ stats @skip(if: true) @include(if: false) { actors } }", null)]
    public async Task Odd_operation_or_document_gets_a_coded_answer_and_no_error_log(string query, string? code)
    {
        using var factory = new GraphServiceFactory(seed: false, configureServices: s => s.AddSingleton<ILoggerProvider>(_logs));
        var client = new GraphQLClient(factory.CreateClient());

        var result = await client.QueryAsync(query);

        var codes = result["errors"]?.AsArray().Select(e => e!["extensions"]!["code"]!.GetValue<string>()).Distinct().ToList() ?? [];
        Assert.Equal(code is null ? [] : [code], codes);
        Assert.DoesNotContain(_logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
