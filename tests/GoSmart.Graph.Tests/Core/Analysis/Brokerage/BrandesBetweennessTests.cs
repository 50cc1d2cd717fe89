using GoSmart.Graph.Core.Analysis.Brokerage;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Analysis.Brokerage;

public sealed class BrandesBetweennessTests
{
    [Fact]
    public void Compute_kite_gives_networkxs_normalised_values()
    {
        var snapshot = SnapshotGraphs.Kite();

        var betweenness = BrandesBetweenness.Compute(snapshot, null, 0, CancellationToken.None);

        double[] expected = [0.023, 0.023, 0.000, 0.102, 0.000, 0.231, 0.231, 0.389, 0.222, 0.000];
        for (var v = 0; v < 10; v++)
        {
            Assert.Equal(expected[v], betweenness[snapshot.IndexOf(v.ToString(System.Globalization.CultureInfo.InvariantCulture))], 3);
        }
    }

    [Fact]
    public void Compute_path_centre_lies_on_every_path_between_its_sides()
    {
        // a–b–c–d–e: c lies on 4 of the 6 pairs of other nodes, b on 3.
        var snapshot = SnapshotGraphs.FromEdges("ab bc cd de");

        var betweenness = BrandesBetweenness.Compute(snapshot, null, 0, CancellationToken.None);

        Assert.Equal(4 / 6.0, betweenness[snapshot.IndexOf("c")], 12);
        Assert.Equal(3 / 6.0, betweenness[snapshot.IndexOf("b")], 12);
        Assert.Equal(0, betweenness[snapshot.IndexOf("a")]);
    }

    [Fact]
    public void Compute_with_every_node_as_pivot_is_exact_and_a_seed_repeats_a_sample()
    {
        var snapshot = SnapshotGraphs.Kite();

        var exact = BrandesBetweenness.Compute(snapshot, null, 0, CancellationToken.None);
        var allPivots = BrandesBetweenness.Compute(snapshot, 10, 7, CancellationToken.None);
        var sample = BrandesBetweenness.Compute(snapshot, 5, 7, CancellationToken.None);
        var again = BrandesBetweenness.Compute(snapshot, 5, 7, CancellationToken.None);

        Assert.Equal(exact, allPivots);
        Assert.Equal(sample, again);
        Assert.NotEqual(exact, sample);
    }

    [Fact]
    public void Compute_honours_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => BrandesBetweenness.Compute(SnapshotGraphs.Kite(), null, 0, cancelled.Token));
    }
}
