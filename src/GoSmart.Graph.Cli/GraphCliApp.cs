using GoSmart.Graph.Cli.Commands;
using GoSmart.Graph.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GoSmart.Graph.Cli;

/// <summary>The command tree of <c>gosmart-graph</c>; tests run it with their own consoles.</summary>
public static class GraphCliApp
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, IAnsiConsole output, TextWriter error, CancellationToken cancellationToken)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliConsoles), new CliConsoles(output, error));
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("gosmart-graph");
            config.Settings.Console = output;
            config.Settings.ExceptionHandler = (exception, _) =>
            {
                // Parse errors and bugs alike end as one line, never a stack trace.
                error.WriteLine("error: " + exception.Message);
                return 2;
            };
            config.AddBranch("import", import =>
            {
                import.SetDescription("Load files into the store (merged: records are upserted by id)");
                import.AddCommand<ImportCsvCommand>("csv").WithDescription("The generic nodes and edges CSV format")
                    .WithExample("import", "csv", "--nodes", "nodes.csv", "--edges", "edges.csv");
                import.AddCommand<ImportCordisCommand>("cordis").WithDescription("CORDIS-shaped organisations, projects and participations")
                    .WithExample("import", "cordis", "seed/cordis");
            });
            config.AddCommand<ExportCommand>("export").WithDescription("Write the whole graph as graphml, json or csv")
                .WithExample("export", "graphml", "gosmart.graphml");
            config.AddCommand<GenerateCommand>("generate").WithDescription("Write a synthetic network (heavy-tailed degrees, countries, regions, kinds, S3 domains) as import csv files")
                .WithExample("generate", "--actors", "1000000", "--avg-degree", "20", "--seed", "1", "synthetic");
            config.AddCommand<StatsCommand>("stats").WithDescription("Counts of the store (--checksum: and a content checksum)");
            config.AddCommand<CheckCommand>("check").WithDescription("Consistency check: no dangling relationship, counts agree");
        });
        return app.RunAsync(args, cancellationToken);
    }
}
