using GoSmart.Graph.Core.Analysis.Suggestions;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Core.Analysis.Suggestions;

public sealed class PartnerSuggesterTests
{
    /// <summary>
    /// u (PL company) works with z1 and z2 (PL); z1 works with c1 (DE research) and c2 (PL company); z2 with c1;
    /// c3 (DE research, agri-food like u) is three steps away. Every tie is from 2020, the latest year.
    /// </summary>
    private static GraphSnapshot Graph()
    {
        var b = new GraphSnapshotBuilder(1);
        var u = b.AddActor("u", ActorKind.Company, "PL", "region:PL84");
        var z1 = b.AddActor("z1", ActorKind.Research, "PL", "region:PL84");
        var z2 = b.AddActor("z2", ActorKind.Intermediary, "PL", "region:PL84");
        var c1 = b.AddActor("c1", ActorKind.Research, "DE", "region:DE60");
        var c2 = b.AddActor("c2", ActorKind.Company, "PL", "region:PL84");
        var c3 = b.AddActor("c3", ActorKind.Research, "DE", "region:DE60");
        b.AddTie(u, z1, 1, 2020, 2020);
        b.AddTie(u, z2, 1, 2020, 2020);
        b.AddTie(z1, c1, 1, 2020, 2020);
        b.AddTie(z2, c1, 1, 2020, 2020);
        b.AddTie(z1, c2, 1, 2020, 2020);
        b.AddTie(c1, c3, 1, 2020, 2020);
        b.AddDomain(u, "domain:agri-food", 3);
        b.AddDomain(c3, "domain:agri-food", 1);
        return b.Build();
    }

    [Fact]
    public void Suggest_scores_by_the_documented_formula_best_first()
    {
        var suggestions = PartnerSuggester.Suggest(Graph(), "u", 10, null, CancellationToken.None)!;

        Assert.Equal(["c1", "c2", "c3"], suggestions.Select(s => s.ActorId));
        var c1 = suggestions[0];
        Assert.Equal((1 / Math.Log(3)) + (1 / Math.Log(2)) + 0.1 + 0.02 + (0.05 * Math.Log(4)), c1.Score, 12);
        Assert.Equal(2, c1.CommonPartnerCount);
        Assert.Equal(["z2", "z1"], c1.CommonPartnerIds);
        Assert.True(c1.ComplementaryKinds);
        Assert.True(c1.CrossesBorder);
        Assert.Equal((1 / Math.Log(3)) + (0.05 * Math.Log(2)), suggestions[1].Score, 12);
        var c3 = suggestions[2];
        Assert.Equal(0.1 + 0.1 + 0.02 + (0.05 * Math.Log(2)), c3.Score, 12);
        Assert.Equal(["domain:agri-food"], c3.SharedDomainIds);
    }

    [Fact]
    public void Suggest_never_names_the_actor_or_its_partners()
    {
        var suggestions = PartnerSuggester.Suggest(Graph(), "u", 10, null, CancellationToken.None)!;

        Assert.DoesNotContain(suggestions, s => s.ActorId is "u" or "z1" or "z2");
    }

    [Fact]
    public void Suggest_filter_keeps_only_matching_candidates()
    {
        var graph = Graph();

        var crossBorder = PartnerSuggester.Suggest(graph, "u", 10, new SuggestionFilter { CrossBorderOnly = true }, CancellationToken.None)!;
        var companies = PartnerSuggester.Suggest(graph, "u", 10, new SuggestionFilter { Kinds = [ActorKind.Company] }, CancellationToken.None)!;
        var agriFood = PartnerSuggester.Suggest(graph, "u", 10, new SuggestionFilter { S3DomainId = "domain:agri-food", Countries = ["DE"] }, CancellationToken.None)!;
        var hamburg = PartnerSuggester.Suggest(graph, "u", 10, new SuggestionFilter { RegionIds = new HashSet<string> { "region:DE60" } }, CancellationToken.None)!;

        Assert.Equal(["c1", "c3"], crossBorder.Select(s => s.ActorId));
        Assert.Equal(["c2"], companies.Select(s => s.ActorId));
        Assert.Equal(["c3"], agriFood.Select(s => s.ActorId));
        Assert.Equal(["c1", "c3"], hamburg.Select(s => s.ActorId));
    }

    [Fact]
    public void Suggest_first_cuts_the_list_and_unknown_actor_is_null()
    {
        var graph = Graph();

        Assert.Single(PartnerSuggester.Suggest(graph, "u", 1, null, CancellationToken.None)!);
        Assert.Null(PartnerSuggester.Suggest(graph, "nobody", 10, null, CancellationToken.None));
    }

    [Fact]
    public void Suggest_older_ties_count_less_on_a_common_partner_path()
    {
        var b = new GraphSnapshotBuilder(1);
        var u = b.AddActor("u", ActorKind.Company, "PL", "region:PL84");
        var z = b.AddActor("z", ActorKind.Company, "PL", "region:PL84");
        var c = b.AddActor("c", ActorKind.Company, "PL", "region:PL84");
        b.AddTie(u, z, 1, 2016, 2016);
        b.AddTie(z, c, 1, 2020, 2020);

        var suggestion = PartnerSuggester.Suggest(b.Build(), "u", 1, null, CancellationToken.None)!.Single();

        // The u–z tie is four years (two half-lives) older than the graph's latest year.
        Assert.Equal((0.25 / Math.Log(2)) + (0.05 * Math.Log(2)), suggestion.Score, 12);
    }
}
