namespace GoSmart.Graph.Core.Storage;

/// <summary>The store cannot be reached or gave up after retrying; the request may succeed later.</summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
