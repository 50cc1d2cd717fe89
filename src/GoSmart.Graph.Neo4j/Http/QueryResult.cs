namespace GoSmart.Graph.Neo4j.Http;

/// <summary>The records of one statement, decoded from typed JSON: longs, doubles, strings, bools, lists and maps.</summary>
public sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<object?[]> Rows)
{
    public static QueryResult Empty { get; } = new([], []);

    internal IEnumerable<Row> Records => Rows.Select(values => new Row(this, values));

    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i], field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new Neo4jException("GoSmart.Client.MissingField", $"The result has no field '{field}'.");
    }
}
