using GoSmart.Graph.Core.Analysis.Brokerage;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Analysis.Brokerage;

public sealed class GouldFernandezBrokerageTests
{
    private static readonly ArcGraph DirectedPath = ArcGraph.FromArcs(7, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6)]);

    // Groups X X X Y X Z Z.
    private static readonly int[] PathGroups = [0, 0, 0, 1, 0, 2, 2];

    [Theory]
    [InlineData(1, "coordinator", 36)]
    [InlineData(2, "representative", 54)]
    [InlineData(3, "itinerant", 84)]
    [InlineData(4, "liaison", 24)]
    [InlineData(5, "gatekeeper", 30)]
    public void Compute_directed_path_gives_each_broker_one_role_with_snas_expectation(int node, string role, int expectedTimes343)
    {
        var scores = GouldFernandezBrokerage.Compute(DirectedPath, PathGroups, CancellationToken.None);

        var roles = scores.Of(node);
        var byName = RolesByName(roles);
        Assert.Equal(1, byName[role].Count);
        Assert.All(byName.Where(r => r.Key != role), r => Assert.Equal(0, r.Value.Count));
        Assert.Equal(expectedTimes343 / 343.0, byName[role].Expected, 12);
        Assert.Equal(1, roles.Total.Count);
        Assert.Equal(30 * 6 / 343.0, roles.Total.Expected, 12);
    }

    [Fact]
    public void Compute_directed_path_ends_broker_nothing()
    {
        var scores = GouldFernandezBrokerage.Compute(DirectedPath, PathGroups, CancellationToken.None);

        Assert.Equal(0, scores.Of(0).Total.Count);
        Assert.Equal(0, scores.Of(6).Total.Count);
    }

    [Fact]
    public void Compute_z_is_count_minus_expected_over_snas_standard_deviation()
    {
        var scores = GouldFernandezBrokerage.Compute(DirectedPath, PathGroups, CancellationToken.None);

        // Coordinator of p1 (group of 4): E = p·3·2, Var = E(1 − p) + 2·3·2·1·d³(1 − d)³, d = 1/7, p = d²(1 − d).
        var d = 1 / 7.0;
        var p = d * d * (1 - d);
        var expected = p * 6;
        var variance = (expected * (1 - p)) + (12 * Math.Pow(d, 3) * Math.Pow(1 - d, 3));
        Assert.Equal((1 - expected) / Math.Sqrt(variance), scores.Of(1).Coordinator.Z!.Value, 12);
    }

    [Fact]
    public void Compute_z_is_null_when_the_null_model_has_no_variance()
    {
        // The only member of Y can coordinate nobody: a group of one has expectation and variance 0.
        var scores = GouldFernandezBrokerage.Compute(DirectedPath, PathGroups, CancellationToken.None);

        var coordinator = scores.Of(3).Coordinator;
        Assert.Equal(0, coordinator.Expected);
        Assert.Null(coordinator.Z);
    }

    [Fact]
    public void Compute_undirected_counts_each_open_pair_both_ways_and_skips_closed_ones()
    {
        // Star a–b, a–c, a–d plus b–c: a brokers (b, d) and (c, d) both ways; (b, c) is closed.
        var snapshot = SnapshotGraphs.FromEdges("ab ac ad bc");

        var scores = GouldFernandezBrokerage.Compute(ArcGraph.Undirected(snapshot), new int[4], CancellationToken.None);

        Assert.Equal(4, scores.Of(0).Coordinator.Count);
        Assert.Equal(0, scores.Of(1).Total.Count);
    }

    [Fact]
    public void Compute_honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => GouldFernandezBrokerage.Compute(DirectedPath, PathGroups, cancelled.Token));
    }

    private static Dictionary<string, RoleScore> RolesByName(BrokerageRoles r) => new()
    {
        ["coordinator"] = r.Coordinator,
        ["itinerant"] = r.Itinerant,
        ["representative"] = r.Representative,
        ["gatekeeper"] = r.Gatekeeper,
        ["liaison"] = r.Liaison,
    };
}
