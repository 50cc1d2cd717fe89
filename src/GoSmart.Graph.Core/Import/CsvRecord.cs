namespace GoSmart.Graph.Core.Import;

/// <summary>One data row of a <see cref="CsvTable"/>, by column name.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The row as it stands in the file, for a reject file.</summary>
    public string Raw { get; init; } = string.Empty;

    /// <summary>The raw field, or "" when the column is absent.</summary>
    public string this[string column] => Values.TryGetValue(column, out var value) ? value : "";

    /// <summary>The trimmed field, or null when it is empty.</summary>
    public string? Optional(string column)
    {
        var value = this[column].Trim();
        return value.Length == 0 ? null : value;
    }
}
