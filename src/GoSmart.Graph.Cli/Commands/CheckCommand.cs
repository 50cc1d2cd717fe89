using GoSmart.Graph.Cli.Infrastructure;
using GoSmart.Graph.Core.Exchange;
using GoSmart.Graph.Core.Storage.Embedded;

namespace GoSmart.Graph.Cli.Commands;

/// <summary>
/// <c>check</c>: the embedded store's consistency check (<see cref="StoreConsistency"/>: SQLite integrity,
/// foreign keys, dangling relationships, derived values, search table), then the port-level one
/// (<see cref="GraphDumpCheck"/>: regions and domains that nodes name exist, counts agree). Exit code 1
/// when either finds a problem.
/// </summary>
public sealed class CheckCommand(CliConsoles consoles) : GraphCommand<StoreSettings>(consoles)
{
    protected override async Task<int> RunAsync(StoreSettings settings, CancellationToken cancellationToken)
    {
        var options = new EmbeddedStoreOptions { DataDirectory = Path.GetFullPath(settings.Data) };
        if (!File.Exists(options.DatabasePath))
        {
            throw new StoreUnavailableException($"There is no store in {options.DataDirectory} (no gosmart.db); give its folder with --data.");
        }

        var (file, graph) = await ProgressReporter.RunAsync(Out, settings.Quiet, "check", async _ =>
        {
            var report = await StoreConsistency.CheckAsync(options, cancellationToken).ConfigureAwait(false);
            await using var store = await OpenStoreAsync(settings, create: false, cancellationToken).ConfigureAwait(false);
            return (report, await GraphDumpCheck.CheckAsync(store, store, cancellationToken).ConfigureAwait(false));
        }).ConfigureAwait(false);
        foreach (var problem in file.Problems.Concat(graph.Problems))
        {
            Fail(problem);
        }

        var problems = file.Problems.Count + graph.ProblemCount;
        if (!settings.Quiet)
        {
            var rows = file.Counts.Select(kv => ("rows in " + kv.Key, Summary.Count(kv.Value))).ToList();
            rows.Add(("problems", Summary.Count(problems)));
            Summary.Write(Out, problems == 0 ? "check: consistent" : "check: NOT consistent", rows);
        }

        return problems == 0 ? 0 : Failed;
    }
}
