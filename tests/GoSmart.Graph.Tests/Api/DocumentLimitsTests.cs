using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GoSmart.Graph.Tests.Support;
using Xunit.Abstractions;

namespace GoSmart.Graph.Tests.Api;

/// <summary>
/// The attack documents of issue 12 each get a coded error in a small response (under
/// <see cref="MaxResponseBytes"/>: 51 errors of at most 1,000 characters and 10 locations), and every
/// document limit refuses just past its default. A regression fails at <see cref="Patience"/> instead of hanging.
/// </summary>
[Collection(SeededServiceGroup.Name)]
public sealed class DocumentLimitsTests(SeededService service, ITestOutputHelper output)
{
    public const int MaxResponseBytes = 100_000;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static TheoryData<string, string> Attacks => new()
    {
        { "fragment fan-out, 30 fragments", AttackDocuments.FragmentFanOut(30) },
        { "4,000 conflicting aliases", AttackDocuments.ConflictingAliases(4_000) },
        { "32,000 repeats of name", AttackDocuments.RepeatedField(32_000) },
        { "10,000 @include directives", AttackDocuments.Directives(10_000) },
        { "204 aliases of __schema", AttackDocuments.SchemaAliases(204) },
        { "20 aliases of the IDE's introspection (cost 14,000 each)", AttackDocuments.IntrospectionAliases(20) },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Attack_document_is_refused_with_a_small_coded_error(string attack, string query)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var (body, codes) = await PostAsync(query);
        output.WriteLine($"{attack}: {query.Length} characters, answered in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms (not asserted), {body.Length} bytes");

        Assert.True(body.Length < MaxResponseBytes, $"{attack}: {body.Length} bytes");
        Assert.Equal(["LIMIT_EXCEEDED"], codes);
    }

    [Theory]
    [InlineData("MaxFieldsPerSelectionSet")]
    [InlineData("MaxFields")]
    [InlineData("MaxDirectivesPerLocation")]
    [InlineData("MaxDirectives")]
    [InlineData("MaxFragments")]
    [InlineData("MaxOperations")]
    [InlineData("MaxVariables")]
    [InlineData("MaxTokens")]
    public async Task Document_past_a_limit_is_refused_naming_the_limit(string limit)
    {
        var (body, codes) = await PostAsync(JustPast(limit));

        Assert.Equal(["LIMIT_EXCEEDED"], codes);
        Assert.Contains("Limits:Document:" + limit, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MaxFieldsPerSelectionSet")]
    [InlineData("MaxFields")]
    [InlineData("MaxDirectivesPerLocation")]
    [InlineData("MaxDirectives")]
    [InlineData("MaxFragments")]
    [InlineData("MaxVariables")]
    public async Task Document_at_a_limit_passes_the_document_checks(string limit)
    {
        var (body, _) = await PostAsync(At(limit));

        Assert.DoesNotContain("Limits:Document:" + limit, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Costliest_conflicts_within_the_limits_get_a_bounded_answer()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var (body, codes) = await PostAsync(AttackDocuments.ConflictsWithinTheLimits());
        output.WriteLine($"conflicts within the limits: answered in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms (not asserted), {body.Length} bytes, {codes.Count} errors");

        Assert.True(body.Length < MaxResponseBytes, $"{body.Length} bytes");
        Assert.Equal(51, codes.Count);
    }

    [Fact]
    public async Task Many_errors_are_cut_to_fifty_and_one_saying_how_many_more()
    {
        var (body, codes) = await PostAsync(AttackDocuments.ConflictingAliases(100));

        Assert.Equal(51, codes.Count);
        Assert.Equal("LIMIT_EXCEEDED", codes[^1]);
        Assert.Contains("2450 more errors were left out", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_query_of_graphiql_passes()
    {
        var data = await service.Client.DataAsync(AttackDocuments.GraphiQLIntrospection);

        Assert.NotEmpty(data["__schema"]!["types"]!.AsArray());
    }

    [Fact]
    public async Task Subscription_is_a_bad_request()
    {
        var (body, codes) = await PostAsync("subscription { stats { actors } }");

        Assert.Equal(["BAD_REQUEST"], codes);
        Assert.Contains("no subscription type", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscription_named_in_a_document_whose_query_is_cached_is_a_bad_request()
    {
        const string Query = "query Q { stats { actors } } subscription S { stats { actors } }";
        var (_, first) = await PostAsync(Query, "Q");
        Assert.Empty(first);

        var (_, codes) = await PostAsync(Query, "S");

        Assert.Equal(["BAD_REQUEST"], codes);
    }

    private static string Fields(int n, string field = "actors") => string.Join(' ', Enumerable.Range(0, n).Select(i => $"a{i}: {field}"));

    private static string JustPast(string limit) => limit switch
    {
        "MaxFieldsPerSelectionSet" => $"{{ stats {{ {Fields(101)} }} }}",
        "MaxFields" => "{ " + string.Join(' ', Enumerable.Range(0, 4).Select(i => $"s{i}: stats {{ {Fields(80)} }}")) + " }",
        "MaxDirectivesPerLocation" => AttackDocuments.Directives(6),
        "MaxDirectives" => "{ " + string.Join(' ', Enumerable.Range(0, 3).Select(i => $"s{i}: stats {{ {Fields(67, "actors @include(if: true)")} }}")) + " }",
        "MaxFragments" => "{ ...F0 } " + string.Concat(Enumerable.Range(0, 101).Select(i => $"fragment F{i} on Query {{ stats {{ actors }} }} ")),
        "MaxOperations" => string.Concat(Enumerable.Range(0, 51).Select(i => $"query Q{i} {{ stats {{ actors }} }} ")),
        "MaxVariables" => "query(" + string.Join(' ', Enumerable.Range(0, 101).Select(i => $"$v{i}: Int")) + ") { stats { actors } }",
        _ => $"{{ stats {{ {string.Join(' ', Enumerable.Repeat("actors", 10_001))} }} }}",
    };

    private static string At(string limit) => limit switch
    {
        "MaxFieldsPerSelectionSet" => $"{{ stats {{ {Fields(100)} }} }}",
        "MaxFields" => "{ " + string.Join(' ', Enumerable.Range(0, 3).Select(i => $"s{i}: stats {{ {Fields(99)} }}")) + " }",
        "MaxDirectivesPerLocation" => AttackDocuments.Directives(5),
        "MaxDirectives" => "{ " + string.Join(' ', Enumerable.Range(0, 2).Select(i => $"s{i}: stats {{ {Fields(100, "actors @include(if: true)")} }}")) + " }",
        "MaxFragments" => "{ ...F0 } " + string.Concat(Enumerable.Range(0, 100).Select(i => $"fragment F{i} on Query {{ stats {{ actors }} }} ")),
        _ => "query(" + string.Join(' ', Enumerable.Range(0, 100).Select(i => $"$v{i}: Int")) + ") { stats { actors } }",
    };

    private async Task<(string Body, IReadOnlyList<string> Codes)> PostAsync(string query, string? operationName = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var content = new StringContent(JsonSerializer.Serialize(new { query, operationName }), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        using var response = await service.Client.Http.PostAsync(new Uri("/graphql", UriKind.Relative), content, timeout.Token).WaitAsync(Patience);
        var body = await response.Content.ReadAsStringAsync(timeout.Token);
        var errors = JsonNode.Parse(body)!["errors"]?.AsArray() ?? [];
        return (body, errors.Select(e => e!["extensions"]!["code"]!.GetValue<string>()).ToList());
    }
}
