using GoSmart.Graph.Core.Analysis;
using GoSmart.Graph.Core.Analysis.RegionMatrix;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Analysis.RegionMatrix;

public sealed class CollaborationMatrixTests
{
    private static readonly GraphSnapshot Graph = AnalysisGraphs.Matrix();

    private static List<(string, string, long, int)> Compute(GroupBy groupBy, string? domain = null, IReadOnlyCollection<ActorKind>? kinds = null) =>
        CollaborationMatrix.Compute(Graph, groupBy, domain, kinds, CancellationToken.None).Select(l => (l.From, l.To, l.Collaborations, l.ActorPairs)).ToList();

    [Fact]
    public void Compute_by_country_sums_weights_and_counts_pairs_per_unordered_pair_with_the_diagonal()
    {
        Assert.Equal([("DE", "DE", 4L, 1), ("DE", "PL", 5L, 3), ("PL", "PL", 2L, 1)], Compute(GroupBy.Country));
    }

    [Fact]
    public void Compute_by_region_uses_the_actors_own_region()
    {
        Assert.Equal(
            [("region:DE60", "region:DE60", 4L, 1), ("region:DE60", "region:PL", 4L, 2), ("region:DE60", "region:PL84", 1L, 1), ("region:PL", "region:PL84", 2L, 1)],
            Compute(GroupBy.Region));
    }

    [Fact]
    public void Compute_by_kind_names_the_kinds_as_the_schema_does()
    {
        Assert.Equal([("COMPANY", "COMPANY", 3L, 1), ("COMPANY", "RESEARCH", 8L, 4)], Compute(GroupBy.Kind));
    }

    [Fact]
    public void Compute_by_domain_counts_a_tie_once_per_distinct_pair_of_its_ends_domains()
    {
        Assert.Equal(
            [("domain:agri-food", "domain:agri-food", 3L, 2), ("domain:agri-food", "domain:ict", 11L, 5), ("domain:ict", "domain:ict", 3L, 1)],
            Compute(GroupBy.S3Domain));
    }

    [Fact]
    public void Compute_counts_only_ties_whose_both_actors_pass_the_restriction()
    {
        Assert.Equal([("DE", "PL", 3L, 1)], Compute(GroupBy.Country, kinds: [ActorKind.Company]));
        Assert.Equal([("DE", "PL", 1L, 1), ("PL", "PL", 2L, 1)], Compute(GroupBy.Country, "domain:agri-food"));
        Assert.Equal([("DE", "PL", 1L, 1)], Compute(GroupBy.Country, "domain:agri-food", [ActorKind.Company, ActorKind.Research]).Where(l => l.Item1 != l.Item2));
    }

    [Fact]
    public void Compute_nothing_passes_an_empty_kind_list_or_an_unknown_domain()
    {
        Assert.Empty(Compute(GroupBy.Country, kinds: []));
        Assert.Empty(Compute(GroupBy.Country, "domain:unknown"));
    }

    [Fact]
    public void Compute_pairs_add_up_to_the_ties()
    {
        Assert.Equal(Graph.TieEndCount / 2, Compute(GroupBy.Region).Sum(l => l.Item4));
    }
}
