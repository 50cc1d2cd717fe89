using System.Globalization;
using System.Text;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Neo4j.Cypher;

namespace GoSmart.Graph.Neo4j.Export;

/// <summary>
/// Writes a graph, read from any store, for loading into an existing Neo4j: CSV files in the header
/// format of <c>neo4j-admin database import full</c> (with the exact command in <c>neo4j-admin-import.txt</c>),
/// and <c>gosmart.cypher</c>, a script for <c>cypher-shell</c> made of the Neo4j store's own statements
/// with the rows written as literals. Either gives the database the Neo4j store expects, derived
/// properties and the graph version included, so the service runs on it at once.
/// </summary>
public static class GraphExport
{
    /// <summary>Separates the values of array properties in the CSV files (<c>--array-delimiter</c>); no exported value contains it.</summary>
    public const char ArrayDelimiter = '\u00A6';

    private const int ScriptRowsPerStatement = 500;

    public static async Task<GraphExportSummary> WriteAsync(IGraphStore store, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var tables = await ExportReader.ReadAsync(store, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(directory);
        foreach (var table in tables.Where(IsFile))
        {
            await File.WriteAllTextAsync(Path.Combine(directory, table.File), Csv(table), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "neo4j-admin-import.txt"), ImportCommand(tables), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, "gosmart.cypher"), Script(tables), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return new GraphExportSummary(
            tables.Where(t => t.Label is not null && t.Label != "GraphVersion").Sum(t => t.Rows.Count),
            tables.Where(t => t.Relationship is not null).Sum(t => t.Rows.Count),
            [.. tables.Where(IsFile).Select(t => t.File)]);
    }

    private static bool IsFile(ExportTable table) => table.File.EndsWith(".csv", StringComparison.Ordinal);

    /// <summary>The CSV text of a table: a header with neo4j-admin types, every value quoted.</summary>
    internal static string Csv(ExportTable table)
    {
        var sb = new StringBuilder();
        var header = new List<string>();
        if (table.Relationship is { } rel)
        {
            header.Add($":START_ID({rel.StartLabel})");
            header.Add($":END_ID({rel.EndLabel})");
            header.Add(":TYPE");
        }
        else
        {
            header.Add($"{table.IdColumn}:ID({table.Label})");
            header.Add(":LABEL");
        }

        header.AddRange(table.Columns.Where(c => c.Name != table.IdColumn || table.Relationship is not null).Select(c => c.Type == "string" ? c.Name : $"{c.Name}:{c.Type}"));
        sb.AppendJoin(',', header).Append('\n');
        foreach (var row in table.Rows)
        {
            var cells = new List<string>();
            if (table.Relationship is { } r)
            {
                cells.Add(Quote(row[r.StartKey]));
                cells.Add(Quote(row[r.EndKey]));
                cells.Add(Quote(r.Type));
            }
            else
            {
                cells.Add(Quote(row[table.IdColumn]));
                cells.Add(Quote(table.Label));
            }

            cells.AddRange(table.Columns.Where(c => c.Name != table.IdColumn || table.Relationship is not null).Select(c => Cell(row.GetValueOrDefault(c.Name), c)));
            sb.AppendJoin(',', cells).Append('\n');
        }

        return sb.ToString();
    }

    private static string Cell(object? value, ExportColumn column) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        string s => Quote(s),
        System.Collections.IEnumerable list => Quote(string.Join(ArrayDelimiter, list.Cast<object?>().Select(v => Checked(Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty, column)))),
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static string Checked(string value, ExportColumn column) =>
        value.Contains(ArrayDelimiter, StringComparison.Ordinal)
            ? throw new InvalidOperationException($"A value of {column.Name} contains the array delimiter U+00A6; it cannot be exported as an array.")
            : value;

    private static string Quote(object? value) =>
        "\"" + (Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string ImportCommand(IReadOnlyList<ExportTable> tables)
    {
        var sb = new StringBuilder("neo4j-admin database import full neo4j --overwrite-destination \\\n");
        sb.Append("  --array-delimiter=").Append(ArrayDelimiter).Append(" --multiline-fields=true \\\n");
        foreach (var t in tables.Where(IsFile))
        {
            sb.Append(t.Relationship is null ? "  --nodes=" : "  --relationships=").Append("import/").Append(t.File).Append(" \\\n");
        }

        sb.Length -= 3;
        sb.Append("\n# then, in cypher-shell, run the first lines of gosmart.cypher (constraints and indexes) before starting the service.\n");
        return sb.ToString();
    }

    private static string Script(IReadOnlyList<ExportTable> tables)
    {
        var sb = new StringBuilder("// GoSmart Graph for Neo4j: cypher-shell -a <uri> -u <user> -f gosmart.cypher\n");
        foreach (var setup in GraphSchema.Setup)
        {
            sb.Append(setup).Append(";\n");
        }

        foreach (var table in tables)
        {
            foreach (var statement in table.Statements)
            {
                var byId = statement.Contains("$ids", StringComparison.Ordinal);
                foreach (var chunk in table.Rows.Chunk(ScriptRowsPerStatement))
                {
                    var literal = byId
                        ? CypherLiteral.Of(chunk.Select(r => r[table.IdColumn]).ToArray())
                        : CypherLiteral.Of(chunk.Select(r => (IReadOnlyDictionary<string, object?>)r).ToArray());
                    sb.Append(statement.Replace(byId ? "$ids" : "$rows", literal, StringComparison.Ordinal).ReplaceLineEndings(" ")).Append(";\n");
                }
            }
        }

        sb.Append(Statements.BumpVersion).Append(";\n");
        return sb.ToString();
    }
}
