using System.ComponentModel;
using GoSmart.Graph.Cli.Infrastructure;
using GoSmart.Graph.Core.Exchange;
using Spectre.Console.Cli;

namespace GoSmart.Graph.Cli.Commands;

/// <summary><c>stats</c>: the store's counts, and with <c>--checksum</c> the counts per kind and a content checksum.</summary>
public sealed class StatsCommand(CliConsoles consoles) : GraphCommand<StatsCommand.Settings>(consoles)
{
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var store = await OpenStoreAsync(settings, create: false, cancellationToken).ConfigureAwait(false);
        var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(string, string)>
        {
            ("version", Summary.Count(stats.Version)),
            ("actors", Summary.Count(stats.Actors)),
            ("projects", Summary.Count(stats.Projects)),
            ("participations", Summary.Count(stats.Participations)),
            ("collaboration pairs", Summary.Count(stats.CollaborationPairs)),
            ("cross-border pairs", Summary.Count(stats.CrossBorderPairs)),
            ("regions", Summary.Count(stats.Regions)),
            ("s3 domains", Summary.Count(stats.S3Domains)),
        };
        rows.AddRange(stats.ActorsByKind.OrderBy(kv => kv.Key).Select(kv => ("actors: " + kv.Key.ToString().ToLowerInvariant(), Summary.Count(kv.Value))));
        rows.AddRange(stats.ActorsByCountry.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(10)
            .Select(kv => ("actors in " + kv.Key, Summary.Count(kv.Value))));
        if (settings.Checksum)
        {
            var (counts, sha) = await GraphChecksum.ComputeAsync(store, cancellationToken).ConfigureAwait(false);
            rows.AddRange(counts.ByKind.Select(kv => ("stored " + kv.Key, Summary.Count(kv.Value))));
            rows.Add(("content sha-256", sha));
        }

        Summary.Write(Out, "stats " + Path.GetFullPath(settings.Data), rows);
        return 0;
    }

    public sealed class Settings : StoreSettings
    {
        [CommandOption("--checksum")]
        [Description("Also read every stored record: counts per kind and a SHA-256 of the content (equal for equal graphs)")]
        public bool Checksum { get; set; }
    }
}
