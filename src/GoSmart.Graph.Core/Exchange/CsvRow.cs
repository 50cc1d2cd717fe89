namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// One data row of an input file: its line, its fields by column name, and its text for the reject file.
/// The text lives in its chunk's buffer; a field becomes a string only when asked for, and the row's
/// text only when it is rejected.
/// </summary>
internal sealed class CsvRow(CsvChunk chunk, int slot, int count, long line)
{
    public long Line { get; } = line;

    public string Raw => new(chunk.Text(slot));

    /// <summary>True when the row is printable ASCII alone, so no field can hold a character <see cref="Text.InputText"/> refuses.</summary>
    public bool IsPrintableAscii => !chunk.Text(slot).ContainsAnyExceptInRange(' ', '~');

    /// <summary>The field, or "" when the file has no such column.</summary>
    public string Field(string column) => chunk.Field(slot, count, column);

    /// <summary>The field's text without making a string of it; empty when the file has no such column.</summary>
    public ReadOnlySpan<char> Span(string column) => chunk.FieldSpan(slot, count, column);
}
