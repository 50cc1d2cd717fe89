using nietras.SeparatedValues;

namespace GoSmart.Graph.Core.Import;

/// <summary>A CSV file read whole (RFC 4180: quoted fields may hold commas, quotes and line breaks).</summary>
internal sealed class CsvTable
{
    private CsvTable(IReadOnlyList<CsvRecord> rows) => Rows = rows;

    public IReadOnlyList<CsvRecord> Rows { get; }

    /// <summary>The column names of the header.</summary>
    public IReadOnlyList<string> Columns { get; private init; } = [];

    public static CsvTable FromFile(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        return Read(reader);
    }

    public static CsvTable FromText(string text)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        return Read(reader);
    }

    private static CsvTable Read(SepReader reader)
    {
        var names = reader.Header.ColNames;
        var rows = new List<CsvRecord>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>(names.Count, StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                values[names[i]] = row[i].ToString();
            }

            // Sep counts the header as line 1; people count it too, so the first data row is line 2.
            rows.Add(new CsvRecord(row.RowIndex + 1, values) { Raw = row.Span.ToString() });
        }

        return new CsvTable(rows) { Columns = [.. names] };
    }
}
