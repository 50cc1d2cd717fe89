using System.Text;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>Writes RFC 4180 CSV fields: quoted only when they hold a separator, a quote or a line break.</summary>
internal static class CsvText
{
    public static void WriteRow(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(writer, fields[i]);
        }

        writer.Write('\n');
    }

    public static void WriteField(TextWriter writer, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    public static string Row(IReadOnlyList<string?> fields)
    {
        using var writer = new StringWriter(new StringBuilder());
        WriteRow(writer, fields);
        return writer.ToString().TrimEnd('\n');
    }
}
