using GoSmart.Graph.Core.Analysis.Brokerage;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Analysis.Brokerage;

public sealed class BurtStructuralHolesTests
{
    [Theory]
    [InlineData("G", 0.400)]
    [InlineData("A", 0.595)]
    [InlineData("C", 1.000)]
    public void Compute_borgatti_graph_gives_the_published_constraint(string actor, double expected)
    {
        var snapshot = SnapshotGraphs.Borgatti();

        var scores = BurtStructuralHoles.Compute(snapshot, snapshot.Weights, CancellationToken.None);

        Assert.Equal(expected, scores.Constraint[snapshot.IndexOf(actor)], 3);
    }

    [Theory]
    [InlineData("G", 4.67, 6)]
    [InlineData("A", 2.50, 4)]
    public void Compute_borgatti_graph_gives_the_published_effective_size(string actor, double expected, int degree)
    {
        var snapshot = SnapshotGraphs.Borgatti();

        var scores = BurtStructuralHoles.Compute(snapshot, null, CancellationToken.None);

        var node = snapshot.IndexOf(actor);
        Assert.Equal(expected, scores.EffectiveSize[node], 2);
        Assert.Equal(scores.EffectiveSize[node] / degree, scores.Efficiency[node], 12);
    }

    [Fact]
    public void Compute_isolated_actor_is_NaN()
    {
        var b = new GraphSnapshotBuilder(1);
        b.AddActor("lonely", ActorKind.Company, "PL", "region:PL84");

        var scores = BurtStructuralHoles.Compute(b.Build(), null, CancellationToken.None);

        Assert.True(double.IsNaN(scores.Constraint[0]));
        Assert.True(double.IsNaN(scores.EffectiveSize[0]));
        Assert.True(double.IsNaN(scores.Efficiency[0]));
    }

    [Fact]
    public void Compute_weights_concentrate_constraint_on_the_strong_tie()
    {
        // a–b weight 3, a–c weight 1, no b–c: p_ab = 3/4, p_ac = 1/4, constraint(a) = 9/16 + 1/16.
        var b = new GraphSnapshotBuilder(1);
        var a = b.AddActor("a", ActorKind.Company, "PL", "region:PL84");
        var x = b.AddActor("b", ActorKind.Company, "PL", "region:PL84");
        var c = b.AddActor("c", ActorKind.Company, "PL", "region:PL84");
        b.AddTie(a, x, 3, 2020, 2020);
        b.AddTie(a, c, 1, 2020, 2020);
        var snapshot = b.Build();

        var weighted = BurtStructuralHoles.Compute(snapshot, snapshot.Weights, CancellationToken.None);
        var unweighted = BurtStructuralHoles.Compute(snapshot, null, CancellationToken.None);

        Assert.Equal(10 / 16.0, weighted.Constraint[0], 12);
        Assert.Equal(0.5, unweighted.Constraint[0], 12);
    }
}
