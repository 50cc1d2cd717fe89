namespace GoSmart.Graph.Core.Exchange;

/// <summary>One data row of an input file: its line, its fields by column name, and its text for the reject file.</summary>
internal sealed class CsvRow(long line, string[] values, IReadOnlyDictionary<string, int> columns, string raw)
{
    public long Line { get; } = line;

    public string Raw { get; } = raw;

    /// <summary>The field, or "" when the file has no such column.</summary>
    public string Field(string column) => columns.TryGetValue(column, out var i) && i < values.Length ? values[i] : string.Empty;
}
