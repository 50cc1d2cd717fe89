using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Synthetic;

namespace GoSmart.Graph.Tests.Core.Synthetic;

public sealed class SyntheticNetworkTests
{
    private static readonly SyntheticOptions Small = new() { Actors = 20_000, AverageDegree = 10, Seed = 42 };

    [Fact]
    public void Generate_same_seed_gives_the_same_actors_and_ties()
    {
        var first = SyntheticNetwork.Generate(Small);
        var second = SyntheticNetwork.Generate(Small);

        Assert.Equal(first.Ties(), second.Ties());
        Assert.Equal(first.Actors().Select(Describe), second.Actors().Select(Describe));
        Assert.Equal(first.Memberships(), second.Memberships());
    }

    [Fact]
    public void Generate_another_seed_gives_another_network()
    {
        var first = SyntheticNetwork.Generate(Small);
        var other = SyntheticNetwork.Generate(Small with { Seed = 43 });

        Assert.NotEqual(first.Ties().Take(100), other.Ties().Take(100));
    }

    [Fact]
    public void Generate_is_the_same_on_every_machine()
    {
        // A fingerprint recorded once: the generator uses only fully specified arithmetic (SplitMix64,
        // xoshiro256**, IEEE doubles), so a change here means the seeded networks changed for everyone.
        var network = SyntheticNetwork.Generate(new SyntheticOptions { Actors = 5_000, AverageDegree = 8, Seed = 7 });

        var hash = 1469598103934665603UL;
        foreach (var t in network.Ties())
        {
            hash = Fnv(hash, t.A, t.B, t.Weight, t.FirstYear, t.LastYear);
        }

        foreach (var a in network.Actors())
        {
            hash = Fnv(hash, (int)a.Kind, a.RegionId.Length, a.RegionId[^1], a.Domains.Count, a.Domains[0].Weight, a.Name.Length, a.Name[0]);
        }

        Assert.Equal(Fingerprint, hash);
    }

    [Fact]
    public void Generate_gives_exactly_the_tie_count_without_self_loops_or_repeated_pairs()
    {
        var network = SyntheticNetwork.Generate(Small);

        var ties = network.Ties().ToList();

        Assert.Equal(100_000, ties.Count);
        Assert.Equal(Small.TieCount, network.TieCount);
        Assert.All(ties, t => Assert.True(t.A < t.B && t.B < Small.Actors));
        for (var e = 1; e < ties.Count; e++)
        {
            Assert.True((ties[e - 1].A, ties[e - 1].B).CompareTo((ties[e].A, ties[e].B)) < 0);
        }
    }

    [Fact]
    public void Generate_has_a_heavy_tailed_degree_distribution()
    {
        var snapshot = SyntheticNetwork.Generate(Small).ToSnapshot();

        var degrees = Enumerable.Range(0, snapshot.NodeCount).Select(snapshot.DegreeOf).OrderDescending().ToArray();
        var mean = degrees.Average();
        var topPercentShare = degrees.Take(degrees.Length / 100).Sum() / (double)degrees.Sum();

        Assert.Equal(10, mean, 3);
        Assert.True(degrees[0] > 20 * mean, $"max degree {degrees[0]} vs mean {mean}");
        Assert.True(topPercentShare > 0.08, $"the top 1% hold {topPercentShare:P1} of the tie ends");
        Assert.True(degrees[degrees.Length / 2] < mean, "the median degree is below the mean");
    }

    [Fact]
    public void Generate_keeps_most_ties_inside_a_country_and_some_across_borders()
    {
        var network = SyntheticNetwork.Generate(Small);
        var actors = network.Actors().ToArray();

        var ties = network.Ties().ToList();
        var sameRegion = ties.Count(t => actors[t.A].RegionId == actors[t.B].RegionId) / (double)ties.Count;
        var sameCountry = ties.Count(t => actors[t.A].Country == actors[t.B].Country) / (double)ties.Count;

        Assert.InRange(sameRegion, 0.3, 0.7);
        Assert.InRange(sameCountry, 0.6, 0.9);
    }

    [Fact]
    public void Actors_have_typed_ids_real_countries_region_codes_kinds_and_seed_domains()
    {
        var network = SyntheticNetwork.Generate(Small);
        var countries = SyntheticNetwork.Countries.Select(c => c.Code).ToHashSet();
        var regions = network.Regions.ToDictionary(r => r.Id);

        var actors = network.Actors().ToList();

        Assert.Equal(Small.Actors, actors.Count);
        Assert.Equal("actor:syn-0", actors[0].Id);
        Assert.All(actors, a =>
        {
            Assert.Equal(SyntheticNetwork.ActorId(a.Index), a.Id);
            Assert.Contains(a.Country, countries);
            Assert.Equal(a.Country, regions[a.RegionId].Country);
            Assert.InRange(a.Domains.Count, 1, 3);
            Assert.All(a.Domains, d => Assert.Contains(d.DomainId, SyntheticNetwork.DomainIds));
            Assert.False(string.IsNullOrWhiteSpace(a.Name));
        });
        Assert.Equal(31, actors.Select(a => a.Country).Distinct().Count());
        Assert.All(Enum.GetValues<ActorKind>(), k => Assert.Contains(actors, a => a.Kind == k));
        Assert.Contains(network.Regions, r => r.Id == "region:DE60");
        Assert.Contains(network.Regions, r => r.Id == "region:PL84");
        Assert.Equal(network.Regions.Count, network.Regions.Select(r => r.Id).Distinct().Count());
        Assert.Contains(network.Regions, r => r.Id == "region:EE00" && r.Country == "EE");
        Assert.Contains(network.Regions, r => r.Code.StartsWith("EL", StringComparison.Ordinal) && r.Country == "GR");
        Assert.Equal(15, SyntheticNetwork.DomainIds.Count);
    }

    [Fact]
    public void Memberships_join_companies_to_intermediaries_of_their_region()
    {
        var network = SyntheticNetwork.Generate(Small);
        var actors = network.Actors().ToArray();

        var memberships = network.Memberships().ToList();

        Assert.InRange(memberships.Count, Small.Actors / 50, Small.Actors / 10);
        Assert.All(memberships, m =>
        {
            Assert.Equal(ActorKind.Company, actors[m.Member].Kind);
            Assert.Equal(ActorKind.Intermediary, actors[m.Cluster].Kind);
            Assert.Equal(actors[m.Member].RegionId, actors[m.Cluster].RegionId);
        });
    }

    [Fact]
    public void ToSnapshot_holds_every_actor_tie_membership_and_domain()
    {
        var network = SyntheticNetwork.Generate(Small);

        var snapshot = network.ToSnapshot(3);

        Assert.Equal(3, snapshot.Version);
        Assert.Equal(Small.Actors, snapshot.NodeCount);
        Assert.Equal(2 * network.TieCount, snapshot.TieEndCount);
        Assert.Equal(2 * network.Memberships().Count(), snapshot.Members.Length);
        Assert.Equal(network.Actors().Sum(a => a.Domains.Count), snapshot.ActorDomains.Length);
        var tie = network.TieAt(0);
        var at = snapshot.TieIndex(snapshot.IndexOf(SyntheticNetwork.ActorId(tie.A)), snapshot.IndexOf(SyntheticNetwork.ActorId(tie.B)));
        Assert.Equal((tie.Weight, tie.FirstYear, tie.LastYear), (snapshot.Weights[at], snapshot.FirstYears[at], snapshot.LastYears[at]));
        Assert.True(tie.FirstYear <= tie.LastYear && tie.LastYear <= Small.LastYear);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(100, 30)]
    [InlineData(100, 0)]
    public void Generate_rejects_options_that_cannot_make_a_simple_graph(int actors, double degree) =>
        Assert.Throws<ArgumentException>(() => SyntheticNetwork.Generate(new SyntheticOptions { Actors = actors, AverageDegree = degree }));

    private const ulong Fingerprint = 17519316465235627373;

    private static string Describe(SyntheticActor a) =>
        $"{a.Id}|{a.Name}|{a.Kind}|{a.Sme}|{a.Country}|{a.RegionId}|{string.Join(',', a.Domains)}";

    private static ulong Fnv(ulong hash, params ReadOnlySpan<int> values)
    {
        foreach (var v in values)
        {
            hash = (hash ^ (uint)v) * 1099511628211UL;
        }

        return hash;
    }
}
