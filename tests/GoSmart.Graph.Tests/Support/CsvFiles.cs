using nietras.SeparatedValues;

namespace GoSmart.Graph.Tests.Support;

/// <summary>Writes small input files for import tests: lines joined with LF, UTF-8.</summary>
public static class CsvFiles
{
    public static string Write(string directory, string name, params string[] lines)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    /// <summary>The data rows of a CSV file (header dropped), fields unquoted.</summary>
    public static List<string[]> Rows(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            rows.Add(fields);
        }

        return rows;
    }
}
