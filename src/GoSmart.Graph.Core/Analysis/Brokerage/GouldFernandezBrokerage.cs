namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>
/// Gould and Fernandez (1989) brokerage roles of every node, with the expectations and variances of
/// statnet's <c>sna::brokerage</c> (Butts): under a Bernoulli graph of the same density, each two-path
/// a→b→c with no a→c is open with probability d²(1−d), and the counts' moments follow from the group sizes.
/// O(Σ_b in(b)·out(b) + Σ_b Σ_{a∈in(b)} out(a)) time, O(n) extra space.
/// </summary>
public static class GouldFernandezBrokerage
{
    private const int Coordinator = 0;
    private const int Itinerant = 1;
    private const int Representative = 2;
    private const int Gatekeeper = 3;
    private const int Liaison = 4;
    private const int Roles = 5;

    /// <param name="groups">The group number of every node, 0..groupCount-1.</param>
    public static GouldFernandezScores Compute(ArcGraph graph, int[] groups, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(groups);
        var n = graph.NodeCount;
        if (groups.Length != n)
        {
            throw new ArgumentException($"{groups.Length} groups for {n} nodes.", nameof(groups));
        }

        var counts = new long[n * Roles];
        var mark = new int[n];
        var stamp = 0;
        for (var b = 0; b < n; b++)
        {
            if ((b & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var gb = groups[b];
            var outB = graph.Out(b);
            foreach (var a in graph.In(b))
            {
                // mark[c] == stamp: the arc a→c exists, so a→b→c is no brokerage.
                stamp++;
                foreach (var c in graph.Out(a))
                {
                    mark[c] = stamp;
                }

                var ga = groups[a];
                var row = b * Roles;
                foreach (var c in outB)
                {
                    if (c == a || mark[c] == stamp)
                    {
                        continue;
                    }

                    var gc = groups[c];
                    var role = ga == gb ? (gc == gb ? Coordinator : Representative)
                        : gb == gc ? Gatekeeper
                        : ga == gc ? Itinerant
                        : Liaison;
                    counts[row + role]++;
                }
            }
        }

        return new GouldFernandezScores(counts, groups, Moments(n, graph.ArcCount, groups));
    }

    /// <summary>Expectation and variance per group and role (the five, then the total), as sna::brokerage computes them.</summary>
    private static double[] Moments(int nodeCount, long arcs, int[] groups)
    {
        var groupCount = groups.Length == 0 ? 0 : groups.Max() + 1;
        var size = new double[groupCount];
        foreach (var g in groups)
        {
            size[g]++;
        }

        double bigN = nodeCount;
        var d = nodeCount > 1 ? arcs / (bigN * (bigN - 1)) : 0;
        var p = d * d * (1 - d);
        var r = d * d * d * Math.Pow(1 - d, 3);
        var sumPairs = 0.0;
        var sumTriples = 0.0;
        var sumSquares = 0.0;
        foreach (var s in size)
        {
            sumPairs += s * (s - 1);
            sumTriples += s * (s - 1) * (s - 2);
            sumSquares += s * s;
        }

        var moments = new double[groupCount * (Roles + 1) * 2];
        for (var g = 0; g < groupCount; g++)
        {
            var ni = size[g];
            var others = bigN - ni;
            var liaisonVariance = 0.0;
            for (var h = 0; h < groupCount; h++)
            {
                if (h != g)
                {
                    liaisonVariance += size[h] * Choose2(bigN - size[h] - ni);
                }
            }

            var expected = new double[Roles + 1];
            var variance = new double[Roles + 1];
            expected[Coordinator] = p * (ni - 1) * (ni - 2);
            variance[Coordinator] = (expected[Coordinator] * (1 - p)) + (2 * (ni - 1) * (ni - 2) * (ni - 3) * r);
            expected[Itinerant] = p * (sumPairs - (ni * (ni - 1)));
            variance[Itinerant] = (expected[Itinerant] * (1 - p)) + (2 * (sumTriples - (ni * (ni - 1) * (ni - 2))) * r);
            expected[Representative] = p * others * (ni - 1);
            variance[Representative] = (expected[Representative] * (1 - p)) + (2 * (((ni - 1) * Choose2(others)) + (others * Choose2(ni - 1))) * r);
            expected[Gatekeeper] = expected[Representative];
            variance[Gatekeeper] = variance[Representative];
            expected[Liaison] = p * ((others * others) - (sumSquares - (ni * ni)));
            variance[Liaison] = (expected[Liaison] * (1 - p)) + (4 * liaisonVariance * r);
            expected[Roles] = p * (bigN - 1) * (bigN - 2);
            variance[Roles] = (expected[Roles] * (1 - p)) + (2 * (bigN - 1) * (bigN - 2) * (bigN - 3) * r);
            for (var k = 0; k <= Roles; k++)
            {
                moments[(((g * (Roles + 1)) + k) * 2) + 0] = expected[k];
                moments[(((g * (Roles + 1)) + k) * 2) + 1] = variance[k];
            }
        }

        return moments;
    }

    private static double Choose2(double x) => x * (x - 1) / 2;
}
