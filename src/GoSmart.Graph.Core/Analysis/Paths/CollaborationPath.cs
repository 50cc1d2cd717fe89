namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>
/// A loopless path between two actors: the snapshot nodes in order, the steps, the countries in the order
/// they are first reached, and how many steps cross a national border.
/// </summary>
/// <param name="WeakestLink">The smallest step strength (see <see cref="PathRanking"/>).</param>
/// <param name="TotalStrength">The sum of the step strengths.</param>
public sealed record CollaborationPath(
    IReadOnlyList<int> Nodes,
    IReadOnlyList<string> ActorIds,
    IReadOnlyList<PathStep> Steps,
    IReadOnlyList<string> Countries,
    int BorderCrossings,
    int WeakestLink,
    int TotalStrength)
{
    public int Hops => Steps.Count;
}
