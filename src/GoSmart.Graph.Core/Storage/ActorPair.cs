namespace GoSmart.Graph.Core.Storage;

/// <summary>An unordered pair of actors, stored with the smaller id first.</summary>
public readonly record struct ActorPair
{
    public ActorPair(string a, string b)
    {
        (First, Second) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
    }

    public string First { get; }

    public string Second { get; }
}
