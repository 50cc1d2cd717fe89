namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>The Gould–Fernandez counts of every node with the null model's moments per group; read one node with <see cref="Of"/>.</summary>
public sealed class GouldFernandezScores
{
    private const int Roles = 5;
    private readonly long[] counts;
    private readonly int[] groups;
    private readonly double[] moments;

    internal GouldFernandezScores(long[] counts, int[] groups, double[] moments)
    {
        this.counts = counts;
        this.groups = groups;
        this.moments = moments;
    }

    public int NodeCount => groups.Length;

    public BrokerageRoles Of(int node)
    {
        var row = node * Roles;
        var total = 0L;
        for (var k = 0; k < Roles; k++)
        {
            total += counts[row + k];
        }

        return new BrokerageRoles(
            Score(node, 0, counts[row]),
            Score(node, 1, counts[row + 1]),
            Score(node, 2, counts[row + 2]),
            Score(node, 3, counts[row + 3]),
            Score(node, 4, counts[row + 4]),
            Score(node, Roles, total));
    }

    private RoleScore Score(int node, int role, long count)
    {
        var at = ((groups[node] * (Roles + 1)) + role) * 2;
        var expected = moments[at];
        var sd = Math.Sqrt(moments[at + 1]);
        return new RoleScore(count, expected, sd > 0 ? (count - expected) / sd : null);
    }
}
