using GoSmart.Graph.Core.Analysis.Connectors;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Analysis.Connectors;

public sealed class TwoStepConnectorRankingTests
{
    private static readonly GraphSnapshot Graph = AnalysisGraphs.Bridges();

    private static IReadOnlyList<Connector> Rank(ActorGroup from, ActorGroup to, int first = 10, int pairs = 10)
    {
        var regions = AnalysisGraphs.Regions();
        return TwoStepConnectorRanking.Rank(Graph, from.Members(Graph, regions), to.Members(Graph, regions), first, pairs, CancellationToken.None);
    }

    [Fact]
    public void Rank_podlaskie_to_hamburg_ranks_the_outsider_then_the_insiders_with_hand_checked_counts()
    {
        var connectors = Rank(new ActorGroup(RegionId: "region:PL84"), new ActorGroup(RegionId: "region:DE60"));

        // x: from-side p1 (3), p2 (1); to-side h1 (2), h2 (1): 4 pairs, min-sum 2 + 1 + 1 + 1 = 5.
        // p1 (inside from): p2 (1) × h3 (2) = 1 pair of strength 1, plus its own pair with h3 (2): 2 pairs, 3.
        // h3 (inside to): its own pair with p1 (2): 1 pair, 2.
        Assert.Equal(
            [("actor:x", false, false, 2, 2, 4L, 5L), ("actor:p1", true, false, 1, 1, 2L, 3L), ("actor:h3", false, true, 1, 0, 1L, 2L)],
            connectors.Select(c => (c.ActorId, c.InFrom, c.InTo, c.TiesFrom, c.TiesTo, c.PairsConnected, c.Score)));
    }

    [Fact]
    public void Rank_lists_the_strongest_pairs_first_and_the_connectors_own_pair_as_its_direct_tie()
    {
        var connectors = Rank(new ActorGroup(RegionId: "region:PL84"), new ActorGroup(RegionId: "region:DE60"));

        Assert.Equal(
            [new ConnectedPair("actor:p1", "actor:h1", 2), new ConnectedPair("actor:p1", "actor:h2", 1), new ConnectedPair("actor:p2", "actor:h1", 1), new ConnectedPair("actor:p2", "actor:h2", 1)],
            connectors[0].Pairs);
        Assert.Equal([new ConnectedPair("actor:p1", "actor:h3", 2), new ConnectedPair("actor:p2", "actor:h3", 1)], connectors[1].Pairs);
    }

    [Fact]
    public void Rank_a_country_region_holds_its_regions_so_the_bridge_to_poland_counts()
    {
        var connectors = Rank(new ActorGroup(RegionId: "region:PL"), new ActorGroup(RegionId: "region:DE60"));

        var y = Assert.Single(connectors, c => c.ActorId == "actor:y");
        Assert.Equal((1, 1, 1L, 1L), (y.TiesFrom, y.TiesTo, y.PairsConnected, y.Score));
    }

    [Fact]
    public void Rank_criteria_combine_so_only_agri_food_podlaskie_counts()
    {
        var connectors = Rank(new ActorGroup(RegionId: "region:PL84", DomainId: "domain:agri-food"), new ActorGroup(RegionId: "region:DE60"));

        // x: p1 (3) × h1 (2), h2 (1) = 2 pairs, 2 + 1; p1 and h3 tie at 2 with one pair each: by id.
        Assert.Equal([("actor:x", 2L, 3L), ("actor:h3", 1L, 2L), ("actor:p1", 1L, 2L)], connectors.Select(c => (c.ActorId, c.PairsConnected, c.Score)));
    }

    [Fact]
    public void Rank_overlapping_groups_never_pair_an_actor_with_itself()
    {
        var connectors = Rank(new ActorGroup(Country: "DE"), new ActorGroup(RegionId: "region:DE60"));

        // x (DE, not DE60): from-side x, h1 (2), h2 (1); to-side h1, h2. Pairs (h1,h2) 1, (h2,h1) 1, (x,h1) 2, (x,h2) 1.
        var x = Assert.Single(connectors, c => c.ActorId == "actor:x");
        Assert.Equal((2, 2, 4L, 5L), (x.TiesFrom, x.TiesTo, x.PairsConnected, x.Score));
        Assert.DoesNotContain(connectors.SelectMany(c => c.Pairs), p => p.FromActorId == p.ToActorId);
    }

    [Fact]
    public void Rank_kind_and_country_groups_work_alone()
    {
        var connectors = Rank(new ActorGroup(Country: "PL", Kind: ActorKind.Company), new ActorGroup(Kind: ActorKind.Research, Country: "DE"));

        // From: Polish companies p2, p3; to: German research h1, x.
        // x (inside to): p2 (1) × h1 (2) gives p2–x–h1 (1), and its own pair with p2 (1): 2 pairs, 2.
        // p1 (outsider, research in Poland): p2 (1) × x (3): 1 pair, 1. p2 (inside from): its own pair with x (1): 1.
        Assert.Equal([("actor:x", 2L, 2L), ("actor:p1", 1L, 1L), ("actor:p2", 1L, 1L)], connectors.Select(c => (c.ActorId, c.PairsConnected, c.Score)));
    }

    [Fact]
    public void Rank_first_bounds_the_list_and_pairs_per_connector()
    {
        var connectors = Rank(new ActorGroup(RegionId: "region:PL84"), new ActorGroup(RegionId: "region:DE60"), first: 1, pairs: 2);

        var only = Assert.Single(connectors);
        Assert.Equal("actor:x", only.ActorId);
        Assert.Equal(2, only.Pairs.Count);
        Assert.Empty(Rank(new ActorGroup(RegionId: "region:PL84"), new ActorGroup(RegionId: "region:DE60"), first: 0));
    }

    [Fact]
    public void Rank_group_nobody_is_in_has_no_connectors()
    {
        Assert.Empty(Rank(new ActorGroup(DomainId: "domain:unknown"), new ActorGroup(RegionId: "region:DE60")));
        Assert.Empty(Rank(new ActorGroup(Country: "SE"), new ActorGroup(RegionId: "region:DE60")));
    }

    [Fact]
    public void Rank_rejects_more_pairs_than_the_bound()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rank(new ActorGroup(Country: "PL"), new ActorGroup(Country: "DE"), pairs: TwoStepConnectorRanking.MaxPairsPerConnector + 1));
    }

    [Fact]
    public void IsEmpty_only_without_any_criterion()
    {
        Assert.True(new ActorGroup().IsEmpty);
        Assert.False(new ActorGroup(Kind: ActorKind.Company).IsEmpty);
    }
}
