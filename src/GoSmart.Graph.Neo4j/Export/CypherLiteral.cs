using System.Globalization;
using System.Text;

namespace GoSmart.Graph.Neo4j.Export;

/// <summary>Cypher literals for the export script: strings single-quoted with every special character escaped.</summary>
internal static class CypherLiteral
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        string s => Quote(s),
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Where(kv => kv.Value is not null).Select(kv => $"`{kv.Key.Replace("`", "``", StringComparison.Ordinal)}`: {Of(kv.Value)}")) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Of)) + "]",
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    private static string Quote(string s)
    {
        var sb = new StringBuilder("'");
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return sb.Append('\'').ToString();
    }
}
