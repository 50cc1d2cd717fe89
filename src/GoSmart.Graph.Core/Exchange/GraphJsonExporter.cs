using System.Text.Json;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// Writes the stored graph as one JSON document <c>{"format":"gosmart-graph/1","nodes":[…],"edges":[…]}</c>:
/// each node and edge an object with the fields of the generic CSV format (empty ones left out, list
/// fields as arrays), streamed so a large graph never sits in memory as text.
/// </summary>
public static class GraphJsonExporter
{
    public const string Format = "gosmart-graph/1";

    private static readonly HashSet<string> ListFields = new(StringComparer.Ordinal) { "alt_names", "domains" };

    public static async Task<GraphCounts> ExportAsync(IGraphDump source, string path, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var counts = new GraphCounts();
        await using var stream = ExportFiles.CreateStream(path);
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteStartArray("nodes");
        var inEdges = false;
        await foreach (var batch in source.ReadAllAsync(10_000, cancellationToken).ConfigureAwait(false))
        {
            IEnumerable<string?[]> nodes =
            [
                .. batch.Regions.Select(GraphCsvRows.Node),
                .. batch.Domains.Select(GraphCsvRows.Node),
                .. batch.Actors.Select(GraphCsvRows.Node),
                .. batch.Projects.Select(GraphCsvRows.Node),
            ];
            IEnumerable<string?[]> edges =
            [
                .. batch.Participations.Select(GraphCsvRows.Edge),
                .. batch.DeclaredCollaborations.Select(GraphCsvRows.Edge),
                .. batch.Memberships.Select(GraphCsvRows.Edge),
                .. batch.DeclaredDomains.Select(GraphCsvRows.Edge),
                .. batch.RegionPriorities.Select(GraphCsvRows.Edge),
            ];
            foreach (var row in nodes)
            {
                WriteObject(json, GraphCsvFormat.NodeColumns, row);
            }

            foreach (var row in edges)
            {
                if (!inEdges)
                {
                    json.WriteEndArray();
                    json.WriteStartArray("edges");
                    inEdges = true;
                }

                WriteObject(json, GraphCsvFormat.EdgeColumns, row);
            }

            counts.Add(batch);
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(new ImportProgress("exporting", counts.Nodes + counts.Edges, 0, 0));
        }

        if (!inEdges)
        {
            json.WriteEndArray();
            json.WriteStartArray("edges");
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        return counts;
    }

    private static void WriteObject(Utf8JsonWriter json, IReadOnlyList<string> columns, string?[] row)
    {
        json.WriteStartObject();
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.IsNullOrEmpty(row[i]))
            {
                continue;
            }

            if (ListFields.Contains(columns[i]))
            {
                json.WriteStartArray(columns[i]);
                foreach (var item in row[i]!.Split(GraphCsvFormat.ListSeparator))
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
            }
            else
            {
                json.WriteString(columns[i], row[i]);
            }
        }

        json.WriteEndObject();
    }
}
