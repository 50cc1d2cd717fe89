using GoSmart.Graph.Core.Analysis.Network;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Analysis.Network;

public sealed class StrongestTiesEgoNetworkTests
{
    private static readonly GraphSnapshot Graph = AnalysisGraphs.Ego();

    private static EgoNetwork Build(int depth, int limit, Func<string, bool>? include = null) =>
        StrongestTiesEgoNetwork.Build(Graph, Graph.IndexOf("actor:c"), depth, limit, include is null ? null : i => include(Graph.ActorIds[i]), CancellationToken.None);

    private static List<string> Names(EgoNetwork network) => network.Nodes.Select(n => Graph.ActorIds[n.Index][6..]).ToList();

    private static List<string> Edges(EgoNetwork network) =>
        network.Edges.Select(e => $"{Graph.ActorIds[e.Source][6..]}-{Graph.ActorIds[e.Target][6..]}:{Graph.Weights[e.TieIndex]}").ToList();

    [Fact]
    public void Build_depth_one_is_the_centre_and_its_collaborators_strongest_first_with_the_ties_between_them()
    {
        var network = Build(1, 10);

        Assert.Equal(["c", "a", "b", "d"], Names(network));
        Assert.Equal([0, 1, 1, 1], network.Nodes.Select(n => n.Depth));
        Assert.Equal([0, 3, 1, 1], network.Nodes.Select(n => n.Strength));
        Assert.Equal(["c-a:3", "c-b:1", "c-d:1", "a-b:1"], Edges(network));
        Assert.False(network.Truncated);
    }

    [Fact]
    public void Build_depth_two_orders_the_next_depth_by_its_strongest_tie_into_the_previous()
    {
        var network = Build(2, 10);

        Assert.Equal(["c", "a", "b", "d", "f", "e"], Names(network));
        Assert.Equal([0, 3, 1, 1, 5, 2], network.Nodes.Select(n => n.Strength));
        Assert.Equal(["c-a:3", "c-b:1", "c-d:1", "a-b:1", "a-e:2", "b-e:1", "d-f:5"], Edges(network));
        Assert.False(network.Truncated);
    }

    [Fact]
    public void Build_limit_keeps_the_strongest_of_the_last_depth_and_says_it_truncated()
    {
        var network = Build(2, 5);

        Assert.Equal(["c", "a", "b", "d", "f"], Names(network));
        Assert.Equal(["c-a:3", "c-b:1", "c-d:1", "a-b:1", "d-f:5"], Edges(network));
        Assert.True(network.Truncated);
    }

    [Fact]
    public void Build_limit_that_fills_a_depth_exactly_truncates_only_when_a_deeper_actor_is_left_out()
    {
        Assert.False(Build(1, 4).Truncated);
        Assert.True(Build(2, 4).Truncated);
        Assert.Equal(["c", "a"], Names(Build(1, 2)));
        Assert.Equal(["c"], Names(Build(3, 1)));
    }

    [Fact]
    public void Build_depth_three_reaches_everything()
    {
        var network = Build(3, 1000);

        Assert.Equal(["c", "a", "b", "d", "f", "e", "g"], Names(network));
        Assert.Equal(8, network.Edges.Count);
        Assert.False(network.Truncated);
    }

    [Fact]
    public void Build_does_not_travel_through_excluded_actors()
    {
        var network = Build(2, 10, id => id != "actor:d");

        Assert.Equal(["c", "a", "b", "e"], Names(network));
        Assert.DoesNotContain(network.Edges, e => Graph.ActorIds[e.Target] == "actor:f");
    }

    [Fact]
    public void Build_keeps_the_centre_even_when_the_filter_rejects_it()
    {
        var network = Build(1, 10, id => id == "actor:a");

        Assert.Equal(["c", "a"], Names(network));
    }

    [Fact]
    public void Reach_lists_every_actor_within_the_depth()
    {
        var reach = StrongestTiesEgoNetwork.Reach(Graph, Graph.IndexOf("actor:c"), 2, CancellationToken.None);

        Assert.Equal(["a", "b", "c", "d", "e", "f"], reach.Select(i => Graph.ActorIds[i][6..]));
    }

    [Fact]
    public void Build_rejects_a_limit_below_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Build(1, 0));
    }
}
