using System.Diagnostics;
using GoSmart.Graph.Cli.Infrastructure;
using GoSmart.Graph.Core.Exchange;
using Spectre.Console;

namespace GoSmart.Graph.Cli.Commands;

/// <summary>The end of an import: what was written per kind, the time and rate, the rejects and where they are.</summary>
internal static class ImportSummaryTable
{
    public static void Write(IAnsiConsole console, string title, ImportSummary summary, Stopwatch clock, string mode = "merged in batches", bool phases = false)
    {
        var rows = new List<(string, string)> { ("mode", mode) };
        rows.AddRange(summary.Written.Where(kv => kv.Value > 0).Select(kv => (kv.Key, Summary.Count(kv.Value))));
        rows.Add(("records written", Summary.Count(summary.WrittenTotal)));
        rows.Add(("batches", Summary.Count(summary.Batches)));
        rows.Add(("rows rejected", Summary.Count(summary.Rejected)));
        rows.Add(("time", Summary.Seconds(clock.Elapsed)));
        rows.Add(("rate", Summary.Rate(summary.WrittenTotal, clock.Elapsed) + " records"));
        if (phases)
        {
            rows.AddRange(summary.Phases.Select(p => (p.Key, Summary.Seconds(p.Value))));
        }

        Summary.Write(console, title, rows);
        if (summary.RejectFile is not null)
        {
            foreach (var reason in summary.FirstRejects)
            {
                console.WriteLine("rejected: " + reason);
            }

            console.WriteLine($"{summary.Rejected} rejected row(s) written to {summary.RejectFile}");
        }
    }
}
