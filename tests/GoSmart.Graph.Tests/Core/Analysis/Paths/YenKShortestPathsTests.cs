using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Analysis.Paths;

public sealed class YenKShortestPathsTests
{
    [Fact]
    public void Find_diamonds_ranks_by_hops_then_weakest_link_then_total()
    {
        var paths = Find(TestGraphs.Diamonds(), "s", "t", k: 5);

        Assert.Equal(["s b t", "s a t", "s e t", "s c d t"], paths.Select(Names));
        Assert.Equal([(1, 6), (1, 4), (1, 2), (2, 6)], paths.Select(p => (p.WeakestLink, p.TotalStrength)));
        Assert.Equal([2, 2, 2, 3], paths.Select(p => p.Hops));
    }

    [Fact]
    public void Find_k1_gives_the_best_path_only()
    {
        var paths = Find(TestGraphs.Diamonds(), "s", "t", k: 1);

        Assert.Equal(["s b t"], paths.Select(Names));
    }

    [Fact]
    public void Find_reports_countries_border_crossings_and_collaboration_ties()
    {
        var graph = TestGraphs.Diamonds();

        var path = Find(graph, "s", "t", k: 1).Single();

        Assert.Equal(["PL", "DE"], path.Countries);
        Assert.Equal(2, path.BorderCrossings);
        Assert.All(path.Steps, s => Assert.Equal(RelationKind.Collaboration, s.Relation));
        Assert.Equal([1, 5], path.Steps.Select(s => graph.Weights[s.TieIndex]));
        Assert.Equal(["actor:s", "actor:b", "actor:t"], path.ActorIds);
    }

    [Fact]
    public void Find_with_cross_border_keeps_only_paths_that_leave_the_country()
    {
        var paths = Find(TestGraphs.Diamonds(), "s", "t", k: 5, constraints: new PathConstraints { CrossBorder = true });

        Assert.Equal(["s b t", "s c d t"], paths.Select(Names));
    }

    [Fact]
    public void Find_limits_hops()
    {
        var paths = Find(TestGraphs.Diamonds(), "s", "t", k: 5, maxHops: 2);

        Assert.Equal(["s b t", "s a t", "s e t"], paths.Select(Names));
    }

    [Fact]
    public void Find_breaks_equal_paths_by_ids()
    {
        var paths = Find(TestGraphs.EqualLadder(), "s", "t", k: 10);

        Assert.Equal(["s x1 t", "s x2 t", "s x3 t", "s y1 y2 t"], paths.Select(Names));
    }

    [Theory]
    [InlineData("collaboration", "s c t|s r t")]
    [InlineData("membership", "s c t|s k t|s r t")]
    [InlineData("domain", "s t|s c t|s r t")]
    [InlineData("research", "s r t")]
    [InlineData("agri-food", "s r t")]
    [InlineData("avoid-c", "s r t")]
    [InlineData("min-weight-2", "s c t")]
    [InlineData("since-2020", "s c t")]
    [InlineData("since-2019-with-membership", "s c t|s k t")]
    public void Find_three_bridges_respects_each_constraint(string name, string expected)
    {
        PathConstraints constraints = name switch
        {
            "collaboration" => PathConstraints.Default,
            "membership" => new() { Via = [RelationKind.Collaboration, RelationKind.Membership] },
            "domain" => new() { Via = [RelationKind.Collaboration, RelationKind.SharedDomain] },
            "research" => new() { IntermediaryKinds = [ActorKind.Research] },
            "agri-food" => new() { IntermediaryDomain = "domain:agri-food" },
            "avoid-c" => new() { Avoid = ["actor:c"] },
            "min-weight-2" => new() { MinWeight = 2 },
            "since-2020" => new() { SinceYear = 2020 },
            _ => new() { SinceYear = 2019, Via = [RelationKind.Collaboration, RelationKind.Membership] },
        };

        var paths = Find(TestGraphs.ThreeBridges(), "s", "t", k: 10, constraints: constraints);

        Assert.Equal(expected, string.Join('|', paths.Select(Names)));
    }

    [Fact]
    public void Find_names_the_relation_of_each_step()
    {
        var via = new PathConstraints { Via = [RelationKind.Collaboration, RelationKind.Membership, RelationKind.SharedDomain] };

        var paths = Find(TestGraphs.ThreeBridges(), "s", "t", k: 3, constraints: via);

        Assert.Equal([RelationKind.SharedDomain], paths[0].Steps.Select(s => s.Relation));
        Assert.Equal(-1, paths[0].Steps[0].TieIndex);
        Assert.Equal("s c t", Names(paths[1]));
        Assert.Equal([RelationKind.Membership, RelationKind.Collaboration], paths[2].Steps.Select(s => s.Relation));
    }

    [Fact]
    public void Find_across_a_border_takes_the_longer_simple_path_when_the_shortest_walk_repeats_an_actor()
    {
        var crossing = new PathConstraints { CrossBorder = true };

        var five = Find(TestGraphs.BorderDetour(), "s", "t", k: 3, maxHops: 5, constraints: crossing);
        var four = Find(TestGraphs.BorderDetour(), "s", "t", k: 3, maxHops: 4, constraints: crossing);

        Assert.Equal(["s y g h z t"], five.Select(Names));
        Assert.Empty(four);
    }

    [Fact]
    public void Find_between_unconnected_actors_is_empty()
    {
        var graph = new SnapshotBuilder().Actor("a").Actor("b").Actor("c").Tie("a", "c").Build();

        Assert.Empty(Find(graph, "a", "b", k: 3));
    }

    [Fact]
    public void Find_rejects_the_same_actor_at_both_ends_and_unknown_actors()
    {
        var graph = TestGraphs.Diamonds();

        Assert.Throws<ArgumentException>(() => Find(graph, "s", "s", k: 1));
        Assert.Throws<ArgumentException>(() => Find(graph, "s", "nobody", k: 1));
    }

    [Fact]
    public void Find_honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            YenKShortestPaths.Find(TestGraphs.Diamonds(), "actor:s", "actor:t", 3, 4, PathConstraints.Default, cancelled.Token));
    }

    private static IReadOnlyList<CollaborationPath> Find(GraphSnapshot graph, string from, string to, int k, int maxHops = 4, PathConstraints? constraints = null) =>
        YenKShortestPaths.Find(graph, GraphBuilder.A(from), GraphBuilder.A(to), k, maxHops, constraints ?? PathConstraints.Default, CancellationToken.None);

    private static string Names(CollaborationPath path) => string.Join(' ', path.ActorIds.Select(id => id[Ids.ActorPrefix.Length..]));
}
