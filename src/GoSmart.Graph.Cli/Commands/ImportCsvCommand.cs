using System.ComponentModel;
using System.Diagnostics;
using GoSmart.Graph.Cli.Infrastructure;
using GoSmart.Graph.Core.Exchange;
using GoSmart.Graph.Core.Storage.Embedded;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GoSmart.Graph.Cli.Commands;

/// <summary>
/// <c>import csv --nodes FILE --edges FILE</c>: the generic format. Into an empty store it is one bulk
/// load (<see cref="EmbeddedBulkLoad"/>: all or nothing, much faster); into a store with data it is
/// merged in atomic batches through the store.
/// </summary>
public sealed class ImportCsvCommand(CliConsoles consoles) : GraphCommand<ImportCsvCommand.Settings>(consoles)
{
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        GraphCsvImporter.CheckFiles(settings.Nodes, settings.Edges);
        var options = new EmbeddedStoreOptions { DataDirectory = Path.GetFullPath(settings.Data) };
        var bulk = !settings.NoBulk && EmbeddedBulkLoad.CanLoad(options);
        ImportSummary summary;
        if (bulk)
        {
            using var load = EmbeddedBulkLoad.Begin(options);
            await using var writer = new BackgroundBatchWriter(load.Add);
            var importer = new GraphCsvImporter(null, writer.ApplyAsync, settings.BatchSize, load.ExistingNodeIds);
            summary = await ProgressReporter.RunAsync(Out, settings.Quiet, "import", async progress =>
            {
                var phase = Stopwatch.StartNew();
                var result = await importer.ImportAsync(settings.Nodes, settings.Edges, settings.Rejects, progress, cancellationToken).ConfigureAwait(false);
                var reading = phase.Elapsed;
                phase.Restart();
                progress?.Report(new ImportProgress("writing ties and indexes", result.WrittenTotal, 0, 0));
                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
                var draining = phase.Elapsed;
                load.Complete(cancellationToken);
                return result with
                {
                    Phases =
                    [
                        KeyValuePair.Create("reading and checking rows", reading),
                        KeyValuePair.Create("writer finishing its queue", draining),
                        .. load.Phases,
                        KeyValuePair.Create("garbage collector pauses", GC.GetTotalPauseDuration()),
                    ],
                };
            }).ConfigureAwait(false);
        }
        else
        {
            await using var store = await OpenStoreAsync(settings, create: true, cancellationToken).ConfigureAwait(false);
            var importer = new GraphCsvImporter(store, settings.BatchSize);
            summary = await ProgressReporter.RunAsync(Out, settings.Quiet, "import", progress =>
                importer.ImportAsync(settings.Nodes, settings.Edges, settings.Rejects, progress, cancellationToken)).ConfigureAwait(false);
        }

        if (!settings.Quiet)
        {
            ImportSummaryTable.Write(Out, "import csv", summary, clock, bulk ? "bulk load into an empty store (one transaction)" : "merged in batches", settings.Verbose);
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

        [CommandOption("-v|--verbose")]
        [Description("Also list where the time went, phase by phase")]
        public bool Verbose { get; set; }

        [CommandOption("--no-bulk")]
        [Description("Load an empty store in batches through the store too (slower; what a merge does)")]
        public bool NoBulk { get; set; }

        public override ValidationResult Validate() =>
            Nodes is null && Edges is null ? ValidationResult.Error("Give --nodes, --edges or both.")
            : BatchSize < 1 ? ValidationResult.Error("--batch-size must be at least 1.")
            : ValidationResult.Success();
    }
}
