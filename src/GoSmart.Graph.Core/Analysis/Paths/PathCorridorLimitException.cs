namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>A path search would read more than the corridor budget allows.</summary>
public sealed class PathCorridorLimitException : Exception
{
    public PathCorridorLimitException()
    {
    }

    public PathCorridorLimitException(string message)
        : base(message)
    {
    }

    public PathCorridorLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int MaxRows { get; init; }
}
