using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Core.Storage;

public sealed class GraphSnapshotBuilderTests
{
    [Fact]
    public void Build_sorts_actors_by_id_and_mirrors_ties()
    {
        var b = new GraphSnapshotBuilder(7);
        var z = b.AddActor("z", ActorKind.Company, "DE", "region:DE60");
        var a = b.AddActor("a", ActorKind.Research, "PL", "region:PL84");
        var m = b.AddActor("m", ActorKind.Authority, "DK", "region:DK03");
        b.AddTie(z, a, 3, 2015, 2019, isDeclared: true);
        b.AddTie(m, z, 1, 2020, 2020);
        b.AddTie(a, z, 9, 1, 1); // repeated pair: the first tie is kept

        var s = b.Build();

        Assert.Equal(7, s.Version);
        Assert.Equal(["a", "m", "z"], s.ActorIds);
        Assert.Equal([ActorKind.Research, ActorKind.Authority, ActorKind.Company], s.Kinds);
        Assert.Equal(["PL", "DK", "DE"], s.Countries);
        Assert.Equal([2], s.NeighboursOf(0).ToArray());
        Assert.Equal([0, 1], s.NeighboursOf(2).ToArray());
        Assert.Equal(4, s.TieEndCount);
        var az = s.TieIndex(0, 2);
        Assert.Equal((3, 2015, 2019, true), (s.Weights[az], s.FirstYears[az], s.LastYears[az], s.Declared[az]));
        Assert.Equal(s.Weights[az], s.Weights[s.TieIndex(2, 0)]);
        Assert.Equal(1, s.DegreeOf(1));
    }

    [Fact]
    public void Build_lays_out_memberships_both_ways_and_domains_sorted_with_the_larger_weight()
    {
        var b = new GraphSnapshotBuilder(1);
        var x = b.AddActor("x", ActorKind.Company, "FI", "region:FI1C");
        var c = b.AddActor("c", ActorKind.Intermediary, "FI", "region:FI1C");
        b.AddMembership(x, c);
        b.AddMembership(x, c);
        b.AddDomain(x, "domain:ict", 1);
        b.AddDomain(x, "domain:agri-food", 2);
        b.AddDomain(x, "domain:ict", 4);
        b.AddDomainId("domain:energy");

        var s = b.Build();

        Assert.Equal(["domain:agri-food", "domain:energy", "domain:ict"], s.DomainIds);
        Assert.Equal([0], s.MembersOf(1).ToArray());
        Assert.Equal([1], s.MembersOf(0).ToArray());
        Assert.Equal([0, 2], s.DomainsOf(1).ToArray());
        Assert.Equal([2, 4], s.ActorDomainWeights[s.DomainOffsets[1]..s.DomainOffsets[2]]);
        Assert.Empty(s.DomainsOf(0).ToArray());
        Assert.Equal(2, s.DomainIndexOf("domain:ict"));
        Assert.Equal(-1, s.DomainIndexOf("domain:none"));
    }

    [Fact]
    public void Build_rejects_a_repeated_actor_id_and_ties_to_unknown_or_same_actors()
    {
        var b = new GraphSnapshotBuilder(1);
        var a = b.AddActor("a", ActorKind.Company, "FI", "region:FI");
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddTie(a, 5, 1, 0, 0));
        Assert.Throws<ArgumentException>(() => b.AddTie(a, a, 1, 0, 0));
        b.AddActor("a", ActorKind.Company, "FI", "region:FI");
        Assert.Throws<InvalidOperationException>(b.Build);
    }

    [Fact]
    public void Build_keeps_the_first_of_a_repeated_pair_at_both_ends()
    {
        var b = new GraphSnapshotBuilder(1);
        var x = b.AddActor("x", ActorKind.Company, "DE", "region:DE");
        var y = b.AddActor("y", ActorKind.Company, "DE", "region:DE");
        var z = b.AddActor("z", ActorKind.Company, "DE", "region:DE");
        b.AddTie(x, z, 1, 2014, 2016);
        for (var i = 2; i < 40; i++)
        {
            b.AddTie(i % 2 == 0 ? z : x, i % 2 == 0 ? x : z, i, 2020, 2020);
            b.AddTie(y, i % 2 == 0 ? x : z, i, 2020, 2020);
        }

        var s = b.Build();

        Assert.Equal((1, 2016), (s.Weights[s.TieIndex(0, 2)], s.LastYears[s.TieIndex(0, 2)]));
        Assert.Equal((1, 2016), (s.Weights[s.TieIndex(2, 0)], s.LastYears[s.TieIndex(2, 0)]));
        Assert.Equal(s.Weights[s.TieIndex(1, 0)], s.Weights[s.TieIndex(0, 1)]);
    }
}
