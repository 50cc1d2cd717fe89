using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api;

[Collection(SeededServiceGroup.Name)]
public sealed class SuggestionQueriesTests(SeededService service)
{
    private const string Bialystok = "actor:pic-999889193";
    private static readonly string[] Baltic = ["LT", "LV"];
    private readonly GraphQLClient _client = service.Client;

    [Fact]
    public async Task PartnerSuggestions_are_new_partners_best_first_each_with_reasons()
    {
        var data = await _client.DataAsync($$"""
            { actor(id: "{{Bialystok}}") { collaborators(first: 100) { totalCount edges { node { id } } } }
              partnerSuggestions(actor: "{{Bialystok}}", first: 20) { actor { id } score commonPartners reasons } }
            """);

        var partners = data["actor"]!["collaborators"]!["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToHashSet();
        Assert.True(partners.Count == data["actor"]!["collaborators"]!["totalCount"]!.GetValue<int>());
        var suggestions = data["partnerSuggestions"]!.AsArray();
        Assert.Equal(20, suggestions.Count);
        var ids = suggestions.Select(s => s!["actor"]!["id"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain(Bialystok, ids);
        Assert.Empty(ids.Intersect(partners));
        var scores = suggestions.Select(s => s!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(suggestions, s => Assert.NotEmpty(s!["reasons"]!.AsArray()));
        Assert.Contains(suggestions, s => s!["commonPartners"]!.GetValue<int>() > 0 && s["reasons"]![0]!.GetValue<string>().Contains("common partner", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PartnerSuggestions_filter_keeps_cross_border_companies_in_a_region_and_says_so()
    {
        var data = await _client.DataAsync($$"""
            { partnerSuggestions(actor: "{{Bialystok}}", first: 10, filter: { crossBorderOnly: true, kindIn: [COMPANY], region: "region:DE" }) {
                actor { country kind } reasons } }
            """);

        var suggestions = data["partnerSuggestions"]!.AsArray();
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s =>
        {
            Assert.Equal(("DE", "COMPANY"), (s!["actor"]!["country"]!.GetValue<string>(), s["actor"]!["kind"]!.GetValue<string>()));
            Assert.Contains("crosses the PL–DE border", s["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.Contains("a company partner for a research organisation", s["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));
        });
    }

    [Fact]
    public async Task PartnerSuggestions_domain_and_country_filters_hold()
    {
        var data = await _client.DataAsync($$"""
            { partnerSuggestions(actor: "{{Bialystok}}", first: 10, filter: { s3Domain: "domain:agri-food", countryIn: ["LT", "LV"] }) {
                actor { country s3Domains { id } } } }
            """);

        var suggestions = data["partnerSuggestions"]!.AsArray();
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s =>
        {
            Assert.Contains(s!["actor"]!["country"]!.GetValue<string>(), Baltic);
            Assert.Contains("domain:agri-food", s["actor"]!["s3Domains"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()));
        });
    }

    [Theory]
    [InlineData("""{ partnerSuggestions(actor: "actor:pic-999889193", first: 51) { score } }""", "LIMIT_EXCEEDED")]
    [InlineData("""{ partnerSuggestions(actor: "actor:pic-999889193", first: -1) { score } }""", "BAD_USER_INPUT")]
    [InlineData("""{ partnerSuggestions(actor: "actor:pic-0") { score } }""", "NOT_FOUND")]
    [InlineData("""{ partnerSuggestions(actor: "actor:pic-999889193", filter: { region: "region:XX99" }) { score } }""", "NOT_FOUND")]
    [InlineData("""{ partnerSuggestions(actor: "actor:pic-999889193", filter: { s3Domain: "domain:nothing" }) { score } }""", "NOT_FOUND")]
    [InlineData("""{ partnerSuggestions(actor: "actor:pic-999889193", filter: { countryIn: ["Poland"] }) { score } }""", "BAD_USER_INPUT")]
    public async Task PartnerSuggestions_bad_input_gets_a_coded_error(string query, string code)
    {
        var response = await _client.PostAsync(query);

        Assert.Equal([code], await GraphQLClient.ErrorCodesAsync(response));
    }
}
