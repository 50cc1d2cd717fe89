using System.ComponentModel;
using System.Diagnostics;
using GoSmart.Graph.Cli.Infrastructure;
using GoSmart.Graph.Core.Import;
using Spectre.Console.Cli;

namespace GoSmart.Graph.Cli.Commands;

/// <summary><c>import cordis FOLDER</c>: CORDIS-shaped organisations, projects and participations, merged into the store.</summary>
public sealed class ImportCordisCommand(CliConsoles consoles) : GraphCommand<ImportCordisCommand.Settings>(consoles)
{
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        CordisImporter.CheckFolder(settings.Folder);
        await using var store = await OpenStoreAsync(settings, create: true, cancellationToken).ConfigureAwait(false);
        var taxonomy = settings.Taxonomy ?? Path.Combine(AppContext.BaseDirectory, "taxonomy");
        var importer = new CordisImporter(store, taxonomy, settings.BatchSize);
        var summary = await ProgressReporter.RunAsync(Out, settings.Quiet, "import", progress =>
            importer.ImportAsync(settings.Folder, settings.Rejects, progress, cancellationToken)).ConfigureAwait(false);
        if (!settings.Quiet)
        {
            ImportSummaryTable.Write(Out, "import cordis", summary, clock);
        }

        return 0;
    }

    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<FOLDER>")]
        [Description("Folder with organisations.csv, projects.csv and participations.csv (or a seed folder with cordis/)")]
        public string Folder { get; set; } = string.Empty;

        [CommandOption("--taxonomy <FOLDER>")]
        [Description("Seed folder whose gosmart/s3_domains.csv and city_regions.csv give the domain and city rules. Default: the copy shipped with the tool")]
        public string? Taxonomy { get; set; }

        [CommandOption("--rejects <FILE>")]
        [Description("Where rejected rows go (file,line,reason,row). Default: rejects.csv")]
        public string Rejects { get; set; } = "rejects.csv";

        [CommandOption("--batch-size <N>")]
        [Description("Records per atomic batch. Default: 50000")]
        public int BatchSize { get; set; } = 50_000;
    }
}
