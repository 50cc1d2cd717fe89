using GoSmart.Graph.Cli.Infrastructure;
using GoSmart.Graph.Core.Exchange;

namespace GoSmart.Graph.Cli.Commands;

/// <summary><c>check</c>: the store's consistency check; exit code 1 when it finds a problem.</summary>
public sealed class CheckCommand(CliConsoles consoles) : GraphCommand<StoreSettings>(consoles)
{
    protected override async Task<int> RunAsync(StoreSettings settings, CancellationToken cancellationToken)
    {
        await using var store = await OpenStoreAsync(settings, create: false, cancellationToken).ConfigureAwait(false);
        var result = await ProgressReporter.RunAsync(Out, settings.Quiet, "check", _ => GraphDumpCheck.CheckAsync(store, store, cancellationToken)).ConfigureAwait(false);
        foreach (var problem in result.Problems)
        {
            Fail(problem);
        }

        if (!settings.Quiet)
        {
            var rows = result.Counts.ByKind.Select(kv => (kv.Key, Summary.Count(kv.Value))).ToList();
            rows.Add(("problems", Summary.Count(result.ProblemCount)));
            Summary.Write(Out, result.IsConsistent ? "check: consistent" : "check: NOT consistent", rows);
        }

        return result.IsConsistent ? 0 : Failed;
    }
}
