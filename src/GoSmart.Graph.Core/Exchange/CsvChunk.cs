namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// The text of a chunk of rows in one buffer, with the bounds of each row's raw text and of each of its
/// fields, instead of a string per field and per row. A field that reads as it stands in the row (not
/// quoted) is not copied: its bounds point into the row's text.
/// </summary>
internal sealed class CsvChunk(CsvColumns columns, HashSet<int> pooledColumns, StringPool pool)
{
    private char[] chars = new char[1 << 16];
    private int length;
    private int[] starts = new int[1 << 12];
    private int[] lengths = new int[1 << 12];
    private int slots;
    private int rowStart;

    public List<CsvRow> Rows { get; } = [];

    /// <summary>Empties the chunk to fill it again; rows handed out before must no longer be used.</summary>
    public CsvChunk Clear()
    {
        length = 0;
        slots = 0;
        Rows.Clear();
        return this;
    }

    /// <summary>Stores a row's raw text; its fields follow with <see cref="AppendField"/>. Returns the row's slot.</summary>
    public int AppendRow(ReadOnlySpan<char> raw)
    {
        rowStart = length;
        return Append(raw);
    }

    /// <summary>Stores the next field of the row whose raw text was <paramref name="raw"/> (the reader's own buffer).</summary>
    public void AppendField(ReadOnlySpan<char> raw, ReadOnlySpan<char> field)
    {
        if (raw.Overlaps(field, out var offset) && offset >= 0 && offset + field.Length <= raw.Length
            && chars.AsSpan(rowStart + offset, field.Length).SequenceEqual(field))
        {
            Slot(rowStart + offset, field.Length);
        }
        else
        {
            Append(field);
        }
    }

    public ReadOnlySpan<char> Text(int slot) => chars.AsSpan(starts[slot], lengths[slot]);

    /// <summary>The field of the row whose raw text is in <paramref name="slot"/> and whose <paramref name="count"/> fields follow it.</summary>
    public string Field(int slot, int count, string column)
    {
        var i = columns.IndexOf(column);
        if (i < 0 || i >= count)
        {
            return string.Empty;
        }

        var text = Text(slot + 1 + i);
        return text.IsEmpty ? string.Empty : pooledColumns.Contains(i) ? pool.Get(text) : new string(text);
    }

    public ReadOnlySpan<char> FieldSpan(int slot, int count, string column)
    {
        var i = columns.IndexOf(column);
        return i >= 0 && i < count ? Text(slot + 1 + i) : [];
    }

    private int Append(ReadOnlySpan<char> text)
    {
        if (length + text.Length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, length + text.Length));
        }

        text.CopyTo(chars.AsSpan(length));
        Slot(length, text.Length);
        length += text.Length;
        return slots - 1;
    }

    private void Slot(int start, int count)
    {
        if (slots == starts.Length)
        {
            Array.Resize(ref starts, slots * 2);
            Array.Resize(ref lengths, slots * 2);
        }

        starts[slots] = start;
        lengths[slots] = count;
        slots++;
    }
}
