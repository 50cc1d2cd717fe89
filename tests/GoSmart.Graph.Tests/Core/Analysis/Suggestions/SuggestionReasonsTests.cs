using GoSmart.Graph.Core.Analysis.Suggestions;
using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Tests.Core.Analysis.Suggestions;

public sealed class SuggestionReasonsTests
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["z1"] = "Kaunas University of Technology",
        ["z2"] = "Vidzeme Planning Region",
        ["z3"] = "Hamburg Institute",
        ["domain:agri-food"] = "Agri-food",
        ["domain:ict"] = "ICT",
    };

    [Fact]
    public void Describe_names_three_common_partners_counts_the_rest_and_joins_domains()
    {
        var suggestion = new PartnerSuggestion("c", 2.5, 5, ["z1", "z2", "z3"], ["domain:agri-food", "domain:ict"], false, false);

        var reasons = SuggestionReasons.Describe(suggestion, new Actor("u", "U", ActorKind.Research, "PL", "region:PL84"), new Actor("c", "C", ActorKind.Research, "PL", "region:PL84"), Names);

        Assert.Equal(
            ["5 common partners: Kaunas University of Technology, Vidzeme Planning Region, Hamburg Institute and 2 more", "both active in Agri-food and ICT"],
            reasons);
    }

    [Fact]
    public void Describe_says_what_the_partner_is_for_an_sme_and_which_border_it_crosses()
    {
        var suggestion = new PartnerSuggestion("c", 0.3, 1, ["z1"], [], true, true);
        var sme = new Actor("u", "Dairy", ActorKind.Company, "PL", "region:PL84") { Sme = true };

        var reasons = SuggestionReasons.Describe(suggestion, sme, new Actor("c", "C", ActorKind.Research, "DE", "region:DE60"), Names);

        Assert.Equal(["1 common partner: Kaunas University of Technology", "a research partner for an SME", "crosses the PL–DE border"], reasons);
    }

    [Fact]
    public void Describe_authority_for_an_intermediary_uses_the_right_articles()
    {
        var suggestion = new PartnerSuggestion("c", 0.1, 0, [], [], true, false);

        var reasons = SuggestionReasons.Describe(suggestion, new Actor("u", "U", ActorKind.Intermediary, "FI", "region:FI1C"), new Actor("c", "C", ActorKind.Authority, "FI", "region:FI1C"), Names);

        Assert.Equal(["a public-authority partner for an intermediary"], reasons);
    }
}
