using System.Diagnostics;
using System.Globalization;
using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Core.Synthetic;

namespace GoSmart.Graph.Bench;

/// <summary>
/// Opens an embedded store (as the service does on start), lays out its snapshot, and times the paths
/// issue's k-shortest-paths between seeded random pairs of actors on it.
/// Usage: dotnet run -c Release --project bench/GoSmart.Graph.Bench -- store-paths --data DIR [--pairs 20 --k 3 --hops 4 --seed 1]
/// </summary>
public static class StorePathsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var data = args.SkipWhile(a => a != "--data").Skip(1).FirstOrDefault()
            ?? throw new ArgumentException("Give the store's folder with --data.");
        var pairs = HttpBenchmark.Option(args, "--pairs", 20);
        var k = HttpBenchmark.Option(args, "--k", 3);
        var hops = HttpBenchmark.Option(args, "--hops", 4);
        var seed = (ulong)HttpBenchmark.Option(args, "--seed", 1);

        var clock = Stopwatch.StartNew();
        await using var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = data }, CancellationToken.None).ConfigureAwait(false);
        var opened = clock.Elapsed;
        clock.Restart();
        var snapshot = await store.GetSnapshotAsync(CancellationToken.None).ConfigureAwait(false);
        var laidOut = clock.Elapsed;

        var random = new Xoshiro256StarStar(seed);
        var times = new List<double>();
        var found = 0;
        for (var i = 0; i < pairs; i++)
        {
            var from = random.NextInt(snapshot.NodeCount);
            var to = random.NextInt(snapshot.NodeCount);
            if (from == to)
            {
                continue;
            }

            clock.Restart();
            var paths = YenKShortestPaths.Find(snapshot, from, to, k, hops, PathConstraints.Default, CancellationToken.None);
            times.Add(clock.Elapsed.TotalMilliseconds);
            found += paths.Count;
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store open {opened.TotalSeconds:F1} s, snapshot {laidOut.TotalSeconds:F1} s ({snapshot.NodeCount:N0} actors, {snapshot.TieEndCount / 2:N0} ties); " +
            $"k={k} paths (≤{hops} hops) over {times.Count} random pairs: p50 {times[times.Count / 2]:F0} ms, max {times[^1]:F0} ms, {found} paths found; " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB"));
        return 0;
    }
}
