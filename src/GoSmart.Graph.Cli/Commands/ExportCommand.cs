using System.ComponentModel;
using System.Diagnostics;
using GoSmart.Graph.Cli.Infrastructure;
using GoSmart.Graph.Core.Exchange;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Neo4j.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GoSmart.Graph.Cli.Commands;

/// <summary><c>export graphml|json|csv|neo4j PATH</c>: the whole stored graph in a file (a folder for csv and neo4j).</summary>
public sealed class ExportCommand(CliConsoles consoles) : GraphCommand<ExportCommand.Settings>(consoles)
{
    private static readonly string[] Formats = ["graphml", "json", "csv", "neo4j"];

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var store = await OpenStoreAsync(settings, create: false, cancellationToken).ConfigureAwait(false);
        var format = settings.Format.ToLowerInvariant();
        if (format == "neo4j")
        {
            return await ExportNeo4jAsync(store, settings, clock, cancellationToken).ConfigureAwait(false);
        }

        var written = format == "csv"
            ? $"{Path.Combine(settings.Path, GraphCsvFormat.NodesFile)}, {Path.Combine(settings.Path, GraphCsvFormat.EdgesFile)}"
            : settings.Path;
        var counts = await ProgressReporter.RunAsync(Out, settings.Quiet, "export", progress => format switch
        {
            "graphml" => GraphMlExporter.ExportAsync(store, store, settings.Path, progress, cancellationToken),
            "json" => GraphJsonExporter.ExportAsync(store, settings.Path, progress, cancellationToken),
            _ => GraphCsvExporter.ExportAsync(
                store, Path.Combine(settings.Path, GraphCsvFormat.NodesFile), Path.Combine(settings.Path, GraphCsvFormat.EdgesFile), progress, cancellationToken),
        }).ConfigureAwait(false);
        if (!settings.Quiet)
        {
            var rows = counts.ByKind.Where(kv => kv.Value > 0).Select(kv => (kv.Key, Summary.Count(kv.Value))).ToList();
            rows.Add(("time", Summary.Seconds(clock.Elapsed)));
            rows.Add(("written", written));
            Summary.Write(Out, "export " + format, rows);
        }

        return 0;
    }

    /// <summary><c>neo4j-admin database import</c> CSV files with their header format, the command line, and a Cypher script.</summary>
    private async Task<int> ExportNeo4jAsync(IGraphStore store, Settings settings, Stopwatch clock, CancellationToken cancellationToken)
    {
        var summary = await GraphExport.WriteAsync(store, settings.Path, cancellationToken).ConfigureAwait(false);
        if (!settings.Quiet)
        {
            Summary.Write(Out, "export neo4j",
            [
                ("nodes", Summary.Count(summary.Nodes)),
                ("relationships", Summary.Count(summary.Relationships)),
                ("time", Summary.Seconds(clock.Elapsed)),
                ("written", string.Join(", ", summary.Files.Select(f => Path.Combine(settings.Path, Path.GetFileName(f))))),
            ]);
        }

        return 0;
    }

    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<FORMAT>")]
        [Description("graphml (Gephi, Cytoscape), json, csv (the import format: nodes.csv and edges.csv in a folder), or neo4j (neo4j-admin import CSVs and a Cypher script in a folder)")]
        public string Format { get; set; } = string.Empty;

        [CommandArgument(1, "<PATH>")]
        [Description("The file to write (a folder for csv and neo4j)")]
        public string Path { get; set; } = string.Empty;

        public override ValidationResult Validate() =>
            Formats.Contains(Format.ToLowerInvariant(), StringComparer.Ordinal)
                ? ValidationResult.Success()
                : ValidationResult.Error($"Unknown format '{Format}'; use one of {string.Join(", ", Formats)}.");
    }
}
