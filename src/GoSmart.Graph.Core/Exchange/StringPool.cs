namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// One string per distinct short value (ids, types, years), looked up by span: a file of ten million
/// edges names the same million ids again and again, and a pooled id is the very instance the nodes file
/// produced, so it costs no allocation and compares equal by reference. Holds at most <c>capacity</c>
/// values; past that, values are created as usual.
/// </summary>
internal sealed class StringPool(int capacity = 4_000_000)
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        var lookup = values.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var value = new string(text);
        if (values.Count < capacity)
        {
            values.Add(value, value);
        }

        return value;
    }
}
