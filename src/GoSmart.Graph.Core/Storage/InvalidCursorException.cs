namespace GoSmart.Graph.Core.Storage;

/// <summary>A paging cursor that is malformed, or was issued for another list or sort order.</summary>
public sealed class InvalidCursorException : Exception
{
    public InvalidCursorException()
    {
    }

    public InvalidCursorException(string message)
        : base(message)
    {
    }

    public InvalidCursorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
