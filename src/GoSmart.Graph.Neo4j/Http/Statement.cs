namespace GoSmart.Graph.Neo4j.Http;

/// <summary>A Cypher statement and its parameters; values are never spliced into the text.</summary>
public sealed record Statement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public Statement(string text)
        : this(text, new Dictionary<string, object?>(StringComparer.Ordinal))
    {
    }
}
