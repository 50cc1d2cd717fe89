namespace GoSmart.Graph.Core.Storage;

/// <summary>The store's disk (or its size limit) is full: the write was rolled back whole; reads go on.</summary>
public sealed class StoreFullException : Exception
{
    public StoreFullException()
    {
    }

    public StoreFullException(string message)
        : base(message)
    {
    }

    public StoreFullException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
