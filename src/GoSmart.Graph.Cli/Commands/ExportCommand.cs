using System.ComponentModel;
using System.Diagnostics;
using GoSmart.Graph.Cli.Infrastructure;
using GoSmart.Graph.Core.Exchange;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GoSmart.Graph.Cli.Commands;

/// <summary><c>export graphml|json|csv PATH</c>: the whole stored graph in a file (a folder for csv).</summary>
public sealed class ExportCommand(CliConsoles consoles) : GraphCommand<ExportCommand.Settings>(consoles)
{
    private static readonly string[] Formats = ["graphml", "json", "csv"];

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var store = await OpenStoreAsync(settings, create: false, cancellationToken).ConfigureAwait(false);
        var format = settings.Format.ToLowerInvariant();
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

    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<FORMAT>")]
        [Description("graphml (Gephi, Cytoscape), json, or csv (the import format: nodes.csv and edges.csv in a folder)")]
        public string Format { get; set; } = string.Empty;

        [CommandArgument(1, "<PATH>")]
        [Description("The file to write (a folder for csv)")]
        public string Path { get; set; } = string.Empty;

        public override ValidationResult Validate() =>
            Formats.Contains(Format.ToLowerInvariant(), StringComparer.Ordinal)
                ? ValidationResult.Success()
                : ValidationResult.Error($"Unknown format '{Format}'; use one of {string.Join(", ", Formats)}.");
    }
}
