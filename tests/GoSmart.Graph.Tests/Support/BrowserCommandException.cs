namespace GoSmart.Graph.Tests.Support;

/// <summary>A browser command the bridge answered with an error (a selector not found in time, a script that threw).</summary>
public sealed class BrowserCommandException : Exception
{
    public BrowserCommandException()
    {
    }

    public BrowserCommandException(string message)
        : base(message)
    {
    }

    public BrowserCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
