namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// A file's columns by name, case-insensitively. Callers ask with the same literal names row after row,
/// so those are answered from a short list compared by reference before any hashing.
/// </summary>
internal sealed class CsvColumns(IReadOnlyDictionary<string, int> byName)
{
    private readonly (string Name, int Index)[] asked = new (string, int)[32];
    private int count;

    /// <summary>The column's position, or -1 when the file has no such column.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < count; i++)
        {
            if (ReferenceEquals(asked[i].Name, column))
            {
                return asked[i].Index;
            }
        }

        var index = byName.TryGetValue(column, out var found) ? found : -1;
        if (count < asked.Length)
        {
            asked[count++] = (column, index);
        }

        return index;
    }
}
