using GoSmart.Graph.Core.Analysis.Brokerage;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Core.Analysis.Brokerage;

public sealed class ActorGroupsTests
{
    private static GraphSnapshot Graph()
    {
        var b = new GraphSnapshotBuilder(1);
        var a = b.AddActor("a", ActorKind.Company, "PL", "region:PL84");
        var c = b.AddActor("c", ActorKind.Research, "DE", "region:DE60");
        b.AddActor("d", ActorKind.Research, "PL", "region:PL");
        b.AddDomain(a, "domain:ict", 2);
        b.AddDomain(a, "domain:energy", 5);
        b.AddDomain(c, "domain:ict", 3);
        b.AddDomain(c, "domain:agri-food", 3);
        return b.Build();
    }

    [Fact]
    public void Assign_s3_domain_is_the_strongest_then_the_smaller_id_and_no_domain_is_a_group()
    {
        var (groups, labels) = ActorGroups.Assign(Graph(), BrokerageGrouping.S3Domain);

        Assert.Equal(["domain:energy", "domain:agri-food", ActorGroups.NoDomain], groups.Select(g => labels[g]));
    }

    [Fact]
    public void Assign_region_keeps_a_country_level_region_apart_from_its_nuts_regions()
    {
        var (groups, labels) = ActorGroups.Assign(Graph(), BrokerageGrouping.Region);

        Assert.Equal(["region:PL84", "region:DE60", "region:PL"], groups.Select(g => labels[g]));
    }

    [Fact]
    public void Assign_country_and_kind_group_equal_values_together()
    {
        var snapshot = Graph();

        var (byCountry, _) = ActorGroups.Assign(snapshot, BrokerageGrouping.Country);
        var (byKind, _) = ActorGroups.Assign(snapshot, BrokerageGrouping.Kind);

        Assert.Equal(byCountry[0], byCountry[2]);
        Assert.NotEqual(byCountry[0], byCountry[1]);
        Assert.Equal(byKind[1], byKind[2]);
        Assert.NotEqual(byKind[0], byKind[1]);
    }
}
