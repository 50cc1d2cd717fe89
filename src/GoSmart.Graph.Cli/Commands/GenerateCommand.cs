using System.ComponentModel;
using System.Diagnostics;
using GoSmart.Graph.Cli.Infrastructure;
using GoSmart.Graph.Core.Exchange;
using GoSmart.Graph.Core.Import;
using GoSmart.Graph.Core.Synthetic;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GoSmart.Graph.Cli.Commands;

/// <summary><c>generate --actors N --avg-degree D --seed S FOLDER</c>: a synthetic network written as nodes.csv and edges.csv.</summary>
public sealed class GenerateCommand(CliConsoles consoles) : GraphCommand<GenerateCommand.Settings>(consoles)
{
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var options = new SyntheticOptions { Actors = settings.Actors, AverageDegree = settings.AverageDegree, Seed = settings.Seed };
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            Fail(e.Message);
            return Failed;
        }

        var taxonomy = Path.Combine(AppContext.BaseDirectory, "taxonomy");
        var domains = File.Exists(Path.Combine(taxonomy, "gosmart", "s3_domains.csv")) ? SeedReader.ReadDomainTaxonomy(taxonomy) : [];
        var nodes = Path.Combine(settings.Folder, GraphCsvFormat.NodesFile);
        var edges = Path.Combine(settings.Folder, GraphCsvFormat.EdgesFile);
        var counts = await ProgressReporter.RunAsync(Out, settings.Quiet, "generate", progress =>
        {
            var network = SyntheticNetwork.Generate(options, cancellationToken);
            return SyntheticCsvWriter.WriteAsync(network, domains, nodes, edges, progress, cancellationToken);
        }).ConfigureAwait(false);
        if (!settings.Quiet)
        {
            var rows = counts.ByKind.Where(kv => kv.Value > 0).Select(kv => (kv.Key, Summary.Count(kv.Value))).ToList();
            rows.Add(("time", Summary.Seconds(clock.Elapsed)));
            rows.Add(("written", $"{nodes}, {edges}"));
            Summary.Write(Out, "generate", rows);
        }

        return 0;
    }

    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<FOLDER>")]
        [Description("Where nodes.csv and edges.csv are written (the import csv format)")]
        public string Folder { get; set; } = string.Empty;

        [CommandOption("--actors <N>")]
        [Description("Number of actors. Default: 10000")]
        public int Actors { get; set; } = 10_000;

        [CommandOption("--avg-degree <D>")]
        [Description("Mean collaborators per actor; ties = actors × D / 2. Default: 20")]
        public double AverageDegree { get; set; } = 20;

        [CommandOption("--seed <S>")]
        [Description("The same seed gives the same network on every machine. Default: 1")]
        public ulong Seed { get; set; } = 1;
    }
}
