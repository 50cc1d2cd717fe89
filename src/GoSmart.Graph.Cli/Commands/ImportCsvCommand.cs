using System.ComponentModel;
using System.Diagnostics;
using GoSmart.Graph.Cli.Infrastructure;
using GoSmart.Graph.Core.Exchange;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GoSmart.Graph.Cli.Commands;

/// <summary><c>import csv --nodes FILE --edges FILE</c>: the generic format, merged into the store.</summary>
public sealed class ImportCsvCommand(CliConsoles consoles) : GraphCommand<ImportCsvCommand.Settings>(consoles)
{
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        GraphCsvImporter.CheckFiles(settings.Nodes, settings.Edges);
        await using var store = await OpenStoreAsync(settings, create: true, cancellationToken).ConfigureAwait(false);
        var importer = new GraphCsvImporter(store, settings.BatchSize);
        var summary = await ProgressReporter.RunAsync(Out, settings.Quiet, "import", progress =>
            importer.ImportAsync(settings.Nodes, settings.Edges, settings.Rejects, progress, cancellationToken)).ConfigureAwait(false);
        if (!settings.Quiet)
        {
            ImportSummaryTable.Write(Out, "import csv", summary, clock);
        }

        return 0;
    }

    public sealed class Settings : StoreSettings
    {
        [CommandOption("--nodes <FILE>")]
        [Description("Nodes file (id,type,name,...); see the README's \"Import and export\"")]
        public string? Nodes { get; set; }

        [CommandOption("--edges <FILE>")]
        [Description("Edges file (source,target,type,...)")]
        public string? Edges { get; set; }

        [CommandOption("--rejects <FILE>")]
        [Description("Where rejected rows go (file,line,reason,row). Default: rejects.csv")]
        public string Rejects { get; set; } = "rejects.csv";

        [CommandOption("--batch-size <N>")]
        [Description("Records per atomic batch. Default: 50000")]
        public int BatchSize { get; set; } = 50_000;

        public override ValidationResult Validate() =>
            Nodes is null && Edges is null ? ValidationResult.Error("Give --nodes, --edges or both.")
            : BatchSize < 1 ? ValidationResult.Error("--batch-size must be at least 1.")
            : ValidationResult.Success();
    }
}
