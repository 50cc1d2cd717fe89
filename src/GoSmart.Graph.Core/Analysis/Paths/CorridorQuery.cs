using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>What one corridor expansion filters on: the two ends (always allowed) and the path constraints.</summary>
public sealed record CorridorQuery(string From, string To, PathConstraints Constraints)
{
    public bool Collaborations => Constraints.Via.Contains(RelationKind.Collaboration);

    public bool Memberships => Constraints.Via.Contains(RelationKind.Membership);
}
