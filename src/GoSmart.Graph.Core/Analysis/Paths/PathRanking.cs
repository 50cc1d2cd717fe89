using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>
/// How paths rank: fewest hops first; then the strongest weakest link; then the largest total strength;
/// then the actor ids in order (ordinal), so the ranking is total and deterministic. A step's strength is
/// the collaboration's weight (shared projects, ≥ 1), 1 for a membership and 0 for a shared S3 domain, so
/// a path with a shared-domain step ranks below every path of as many hops without one. Between two
/// actors the strongest allowed relation is the step.
/// </summary>
public static class PathRanking
{
    public const int MembershipStrength = 1;
    public const int SharedDomainStrength = 0;

    /// <summary>Negative when a ranks before b. Node indexes follow the ordinal order of the ids.</summary>
    public static int Compare(int hopsA, int weakestA, int totalA, ReadOnlySpan<int> nodesA, int hopsB, int weakestB, int totalB, ReadOnlySpan<int> nodesB)
    {
        if (hopsA != hopsB)
        {
            return hopsA.CompareTo(hopsB);
        }

        if (weakestA != weakestB)
        {
            return weakestB.CompareTo(weakestA);
        }

        if (totalA != totalB)
        {
            return totalB.CompareTo(totalA);
        }

        return nodesA.SequenceCompareTo(nodesB);
    }

    public static int Compare(CollaborationPath a, CollaborationPath b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Compare(a.Hops, a.WeakestLink, a.TotalStrength, Nodes(a), b.Hops, b.WeakestLink, b.TotalStrength, Nodes(b));
    }

    public static int Strength(RelationKind relation, int weight) => relation switch
    {
        RelationKind.Collaboration => weight,
        RelationKind.Membership => MembershipStrength,
        _ => SharedDomainStrength,
    };

    private static ReadOnlySpan<int> Nodes(CollaborationPath p) => p.Nodes is int[] array ? array : p.Nodes.ToArray();
}
