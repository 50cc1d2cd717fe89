namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// The text of a chunk of rows in one buffer (each row's raw text, then its unescaped fields) with the
/// bounds of every piece, instead of a string per field and per row.
/// </summary>
internal sealed class CsvChunk(IReadOnlyDictionary<string, int> columns, HashSet<int> pooledColumns, StringPool pool)
{
    private char[] chars = new char[1 << 16];
    private int length;
    private int[] starts = new int[1 << 12];
    private int[] lengths = new int[1 << 12];
    private int slots;

    public List<CsvRow> Rows { get; } = [];

    /// <summary>Stores <paramref name="text"/> and returns its slot.</summary>
    public int Append(ReadOnlySpan<char> text)
    {
        if (length + text.Length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, length + text.Length));
        }

        if (slots == starts.Length)
        {
            Array.Resize(ref starts, slots * 2);
            Array.Resize(ref lengths, slots * 2);
        }

        text.CopyTo(chars.AsSpan(length));
        starts[slots] = length;
        lengths[slots] = text.Length;
        length += text.Length;
        return slots++;
    }

    public ReadOnlySpan<char> Text(int slot) => chars.AsSpan(starts[slot], lengths[slot]);

    /// <summary>The field of the row whose raw text is in <paramref name="slot"/> and whose <paramref name="count"/> fields follow it.</summary>
    public string Field(int slot, int count, string column)
    {
        if (!columns.TryGetValue(column, out var i) || i >= count)
        {
            return string.Empty;
        }

        var text = Text(slot + 1 + i);
        return text.IsEmpty ? string.Empty : pooledColumns.Contains(i) ? pool.Get(text) : new string(text);
    }

    public ReadOnlySpan<char> FieldSpan(int slot, int count, string column) =>
        columns.TryGetValue(column, out var i) && i < count ? Text(slot + 1 + i) : [];
}
