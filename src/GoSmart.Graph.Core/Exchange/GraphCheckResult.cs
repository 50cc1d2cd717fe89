namespace GoSmart.Graph.Core.Exchange;

/// <summary>What a consistency check found: the first problems in words, how many there were in all, and the counts it saw.</summary>
public sealed record GraphCheckResult(IReadOnlyList<string> Problems, long ProblemCount, GraphCounts Counts)
{
    public bool IsConsistent => ProblemCount == 0;
}
