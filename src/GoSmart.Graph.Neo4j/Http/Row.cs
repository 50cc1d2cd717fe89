using System.Globalization;

namespace GoSmart.Graph.Neo4j.Http;

/// <summary>One record of a result, read by field name.</summary>
internal readonly struct Row(QueryResult result, object?[] values)
{
    public object? this[string field] => values[result.IndexOf(field)];

    public string String(string field) => (string)(this[field] ?? throw Missing(field));

    public string? NullableString(string field) => this[field] as string;

    public long Long(string field) => this[field] switch
    {
        long l => l,
        double d => (long)d,
        null => throw Missing(field),
        var other => Convert.ToInt64(other, CultureInfo.InvariantCulture),
    };

    public int Int(string field) => checked((int)Long(field));

    public int? NullableInt(string field) => this[field] is null ? null : Int(field);

    public bool? NullableBool(string field) => this[field] as bool?;

    public IReadOnlyList<object?> List(string field) => this[field] as IReadOnlyList<object?> ?? [];

    public IReadOnlyList<string> Strings(string field) => [.. List(field).OfType<string>()];

    public IReadOnlyDictionary<string, object?> Map(string field) =>
        this[field] as IReadOnlyDictionary<string, object?> ?? throw Missing(field);

    private static Neo4jException Missing(string field) => new("GoSmart.Client.MissingValue", $"The result field '{field}' is null or missing.");
}
