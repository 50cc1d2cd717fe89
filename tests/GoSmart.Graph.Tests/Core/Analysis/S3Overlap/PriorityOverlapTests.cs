using GoSmart.Graph.Core.Analysis.S3Overlap;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Analysis.S3Overlap;

public sealed class PriorityOverlapTests
{
    private static readonly GraphSnapshot Graph = AnalysisGraphs.Overlap();

    private static readonly Dictionary<string, IReadOnlyCollection<string>> Priorities = new()
    {
        ["region:PL84"] = ["domain:agri-food", "domain:energy"],
        ["region:DE60"] = ["domain:agri-food", "domain:energy", "domain:ict"],
        ["region:DK03"] = ["domain:agri-food"],
        ["region:DE"] = [],
    };

    private static IReadOnlyList<SharedDomain> Find(params string[] regionIds)
    {
        var regions = AnalysisGraphs.Regions();
        return PriorityOverlap.Find(Graph, regionIds.Select(id => (id, (IReadOnlySet<string>)regions.WithDescendants(id))).ToList(), Priorities, CancellationToken.None);
    }

    [Fact]
    public void Find_two_regions_share_two_domains_with_their_actors_and_cross_region_ties()
    {
        var shared = Find("region:PL84", "region:DE60");

        Assert.Equal(["domain:agri-food", "domain:energy"], shared.Select(s => s.DomainId));
        var agri = shared[0];
        Assert.Equal(["region:PL84", "region:DE60"], agri.RegionIds);
        Assert.Equal([new DomainActor("actor:u1", "region:PL84", 3), new DomainActor("actor:v1", "region:DE60", 3), new DomainActor("actor:u2", "region:PL84", 1)], agri.Actors);
        Assert.Equal((1, 2L), (agri.CrossRegionCollaborations, agri.CrossRegionProjects));
        var energy = shared[1];
        Assert.Equal(["actor:u2", "actor:v2"], energy.Actors.Select(a => a.ActorId));
        Assert.Equal((1, 1L), (energy.CrossRegionCollaborations, energy.CrossRegionProjects));
    }

    [Fact]
    public void Find_three_regions_share_only_what_all_prioritise()
    {
        var shared = Assert.Single(Find("region:PL84", "region:DE60", "region:DK03"));

        Assert.Equal("domain:agri-food", shared.DomainId);
        Assert.Equal(["actor:u1", "actor:v1", "actor:u2", "actor:w1"], shared.Actors.Select(a => a.ActorId));
        Assert.Equal((2, 3L), (shared.CrossRegionCollaborations, shared.CrossRegionProjects));
    }

    [Fact]
    public void Find_a_region_without_priorities_shares_nothing()
    {
        Assert.Empty(Find("region:PL84", "region:DE"));
    }

    [Fact]
    public void Find_rejects_overlapping_regions()
    {
        Assert.Throws<ArgumentException>(() => Find("region:DE60", "region:DE"));
    }
}
