using System.Globalization;

namespace GoSmart.Graph.Neo4j.Cypher;

/// <summary>Collects the parameters of a statement being built; every value becomes <c>$pN</c>.</summary>
internal sealed class CypherParameters
{
    private readonly Dictionary<string, object?> values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Values => values;

    public string Add(object? value)
    {
        var name = "p" + values.Count.ToString(CultureInfo.InvariantCulture);
        values[name] = value;
        return "$" + name;
    }

    public void Set(string name, object? value) => values[name] = value;
}
