using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>
/// Burt (1992) constraint, effective size and efficiency of every node of an undirected weighted graph, as
/// networkx's <c>structural_holes</c> defines them with a weight: p_ij = w_ij / Σ_k w_ik,
/// constraint_i = Σ_j (p_ij + Σ_q p_iq p_qj)², effective size_i = Σ_j (1 − Σ_q p_iq w_jq / max_k w_jk),
/// efficiency = effective size / degree; NaN for an isolated node. O(Σ_v deg(v)²) time.
/// </summary>
public static class BurtStructuralHoles
{
    /// <param name="weights">The tie weights in the snapshot's order, or null for 1 on every tie.</param>
    public static StructuralHoleScores Compute(GraphSnapshot snapshot, int[]? weights, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var n = snapshot.NodeCount;
        var offsets = snapshot.Offsets;
        var neighbours = snapshot.Neighbours;
        double Weight(int e) => weights is null ? 1 : weights[e];

        var strength = new double[n];
        var strongest = new double[n];
        for (var v = 0; v < n; v++)
        {
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                strength[v] += Weight(e);
                strongest[v] = Math.Max(strongest[v], Weight(e));
            }
        }

        var constraint = new double[n];
        var effectiveSize = new double[n];
        var efficiency = new double[n];
        var share = new double[n];
        var mark = new int[n];
        Array.Fill(mark, -1);
        for (var i = 0; i < n; i++)
        {
            if ((i & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var degree = offsets[i + 1] - offsets[i];
            if (degree == 0 || strength[i] <= 0)
            {
                constraint[i] = effectiveSize[i] = efficiency[i] = double.NaN;
                continue;
            }

            for (var e = offsets[i]; e < offsets[i + 1]; e++)
            {
                mark[neighbours[e]] = i;
                share[neighbours[e]] = Weight(e) / strength[i];
            }

            double c = 0, size = 0;
            for (var e = offsets[i]; e < offsets[i + 1]; e++)
            {
                var j = neighbours[e];
                double indirect = 0, redundancy = 0;
                for (var f = offsets[j]; f < offsets[j + 1]; f++)
                {
                    var q = neighbours[f];
                    if (mark[q] != i)
                    {
                        continue;
                    }

                    // f is the tie j–q, so its weight is w_qj; p_qj normalises by q's ties, m_jq by j's strongest.
                    indirect += share[q] * (Weight(f) / strength[q]);
                    redundancy += share[q] * (Weight(f) / strongest[j]);
                }

                var local = share[j] + indirect;
                c += local * local;
                size += 1 - redundancy;
            }

            constraint[i] = c;
            effectiveSize[i] = size;
            efficiency[i] = size / degree;
        }

        return new StructuralHoleScores(constraint, effectiveSize, efficiency);
    }
}
