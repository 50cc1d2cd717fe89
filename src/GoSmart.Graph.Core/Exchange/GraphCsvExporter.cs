using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>Writes the stored graph as the generic nodes and edges files, which <see cref="GraphCsvImporter"/> reads back.</summary>
public static class GraphCsvExporter
{
    public static async Task<GraphCounts> ExportAsync(
        IGraphDump source, string nodesPath, string edgesPath, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var counts = new GraphCounts();
        await using var nodes = ExportFiles.CreateText(nodesPath);
        await using var edges = ExportFiles.CreateText(edgesPath);
        CsvText.WriteRow(nodes, GraphCsvFormat.NodeColumns);
        CsvText.WriteRow(edges, GraphCsvFormat.EdgeColumns);
        await foreach (var batch in source.ReadAllAsync(10_000, cancellationToken).ConfigureAwait(false))
        {
            foreach (var r in batch.Regions)
            {
                CsvText.WriteRow(nodes, GraphCsvRows.Node(r));
            }

            foreach (var d in batch.Domains)
            {
                CsvText.WriteRow(nodes, GraphCsvRows.Node(d));
            }

            foreach (var a in batch.Actors)
            {
                CsvText.WriteRow(nodes, GraphCsvRows.Node(a));
            }

            foreach (var p in batch.Projects)
            {
                CsvText.WriteRow(nodes, GraphCsvRows.Node(p));
            }

            foreach (var p in batch.Participations)
            {
                CsvText.WriteRow(edges, GraphCsvRows.Edge(p));
            }

            foreach (var c in batch.DeclaredCollaborations)
            {
                CsvText.WriteRow(edges, GraphCsvRows.Edge(c));
            }

            foreach (var m in batch.Memberships)
            {
                CsvText.WriteRow(edges, GraphCsvRows.Edge(m));
            }

            foreach (var d in batch.DeclaredDomains)
            {
                CsvText.WriteRow(edges, GraphCsvRows.Edge(d));
            }

            foreach (var r in batch.RegionPriorities)
            {
                CsvText.WriteRow(edges, GraphCsvRows.Edge(r));
            }

            counts.Add(batch);
            progress?.Report(new ImportProgress("exporting", counts.Nodes + counts.Edges, 0, 0));
        }

        return counts;
    }
}
