using System.Diagnostics;
using System.Globalization;
using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Import;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Core.Synthetic;

namespace GoSmart.Graph.Bench;

/// <summary>
/// In-process latency of <see cref="YenKShortestPaths"/> (k = 1 and 3) per query, p50 and p99, against the
/// bare bidirectional BFS between the same pairs in the same run (each pair: BFS, then paths, interleaved).
/// Usage: dotnet run -c Release --project bench/GoSmart.Graph.Bench -- paths [--pairs 200 --rounds 20]
///        dotnet run -c Release --project bench/GoSmart.Graph.Bench -- paths-synthetic [--actors 1000000 --degree 20 --pairs 200 --rounds 3]
/// </summary>
public static class PathsBenchmark
{
    public static async Task<int> RunCordisAsync(string[] args)
    {
        var pairCount = HttpBenchmark.Option(args, "--pairs", 200);
        var rounds = HttpBenchmark.Option(args, "--rounds", 20);
        var snapshot = await CordisSnapshotAsync().ConfigureAwait(false);
        Console.WriteLine($"CORDIS seed snapshot: {snapshot.NodeCount:N0} actors, {snapshot.TieEndCount / 2:N0} ties; {Environment.ProcessorCount} cores");
        var groups = new (string Name, int Hops, int MaxHops)[]
        {
            ("random pairs 1-4 hops apart", 0, 4),
            ("pairs 5 hops apart", 5, 6),
            ("pairs 6 hops apart", 6, 6),
            ("unreachable pairs", -1, 6),
        };
        foreach (var (name, hops, maxHops) in groups)
        {
            var pairs = PathPairs.Pick(snapshot, pairCount, hops, 42, hops is 0 or (>= 1 and <= 4) ? 2_000_000 : pairCount * 20);
            foreach (var k in new[] { 1, 3 })
            {
                Measure(snapshot, $"{name}, paths(k: {k}, maxHops: {maxHops})", pairs, k, maxHops, rounds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB"));
        return 0;
    }

    public static int RunSynthetic(string[] args)
    {
        var options = new SyntheticOptions
        {
            Actors = HttpBenchmark.Option(args, "--actors", 1_000_000),
            AverageDegree = HttpBenchmark.Option(args, "--degree", 20),
            Seed = 1,
        };
        var pairCount = HttpBenchmark.Option(args, "--pairs", 200);
        var rounds = HttpBenchmark.Option(args, "--rounds", 3);
        var clock = Stopwatch.StartNew();
        var snapshot = SyntheticNetwork.Generate(options).ToSnapshot();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"synthetic snapshot: {snapshot.NodeCount:N0} actors, {snapshot.TieEndCount / 2:N0} ties, built in {clock.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores"));
        var near = PathPairs.Pick(snapshot, pairCount, 0, 42);
        var any = PathPairs.Pick(snapshot, pairCount, int.MaxValue, 43);
        foreach (var k in new[] { 1, 3 })
        {
            Measure(snapshot, $"random pairs 1-4 hops apart, paths(k: {k}, maxHops: 4)", near, k, 4, rounds);
            Measure(snapshot, $"uniformly random pairs (any distance), paths(k: {k}, maxHops: 4)", any, k, 4, rounds);
        }

        Measure(snapshot, "uniformly random pairs (any distance), paths(k: 1, maxHops: 6)", any, 1, 6, rounds);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB"));
        return 0;
    }

    public static async Task<GraphSnapshot> CordisSnapshotAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gosmart-bench", Guid.NewGuid().ToString("N"));
        try
        {
            var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory }, CancellationToken.None).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                await SeedLoader.LoadAsync(Path.Combine(AppContext.BaseDirectory, "seed"), store, CancellationToken.None).ConfigureAwait(false);
                return await store.GetSnapshotAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Measure(GraphSnapshot snapshot, string name, List<(int From, int To)> pairs, int k, int maxHops, int rounds)
    {
        if (pairs.Count == 0)
        {
            Console.WriteLine($"{name}: no such pairs in this graph");
            return;
        }

        var bfs = new BareBidirectionalBfs(snapshot);
        var floor = new List<double>(pairs.Count * rounds);
        var search = new List<double>(pairs.Count * rounds);
        var found = 0;
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var (from, to) in pairs)
            {
                var t0 = Stopwatch.GetTimestamp();
                var d = bfs.Distance(from, to, maxHops);
                var t1 = Stopwatch.GetTimestamp();
                var paths = YenKShortestPaths.Find(snapshot, from, to, k, maxHops, PathConstraints.Default, CancellationToken.None);
                var t2 = Stopwatch.GetTimestamp();
                if (round == 0)
                {
                    // The warm-up round checks the two agree on the distance and is not counted.
                    if ((d < 0 ? 0 : 1) != Math.Min(1, paths.Count) || (paths.Count > 0 && paths[0].Hops != d))
                    {
                        throw new InvalidOperationException($"BFS says {d} hops, paths says {(paths.Count > 0 ? paths[0].Hops : -1)}.");
                    }

                    found += paths.Count;
                    continue;
                }

                floor.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMicroseconds);
                search.Add(Stopwatch.GetElapsedTime(t1, t2).TotalMicroseconds);
            }
        }

        floor.Sort();
        search.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {pairs.Count} pairs x {rounds} rounds, {found / (double)pairs.Count:F1} paths a pair | " +
            $"paths p50 {P(search, 50):F1} µs p99 {P(search, 99):F1} µs mean {search.Average():F1} µs | " +
            $"bare BFS p50 {P(floor, 50):F1} µs p99 {P(floor, 99):F1} µs mean {floor.Average():F1} µs | " +
            $"ratio p50 {P(search, 50) / P(floor, 50):F2}, mean {search.Average() / floor.Average():F2}"));
    }

    private static double P(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
}
