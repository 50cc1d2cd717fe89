namespace GoSmart.Graph.Core.Exchange;

/// <summary>An input file cannot be imported at all (missing, unreadable, bad header); thrown before anything is written.</summary>
public sealed class ImportFileException : Exception
{
    public ImportFileException()
    {
    }

    public ImportFileException(string message)
        : base(message)
    {
    }

    public ImportFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
