namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>The embedded store is open in another process; its message says what to do.</summary>
public sealed class StoreLockedException : IOException
{
    public StoreLockedException()
    {
    }

    public StoreLockedException(string message)
        : base(message)
    {
    }

    public StoreLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
