using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Bench;

/// <summary>
/// BenchmarkDotNet: mean time and allocations per query of <c>paths</c> (k = 1, 3) against the bare bidirectional BFS
/// (the baseline: see the Ratio column), over the same 100 random CORDIS pairs at most 4 hops apart.
/// Usage: dotnet run -c Release --project bench/GoSmart.Graph.Bench -- bdn [BenchmarkDotNet arguments, e.g. --filter *]
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class PathFinderBenchmarks
{
    private const int Pairs = 100;

    private GraphSnapshot snapshot = null!;
    private List<(int From, int To)> pairs = null!;
    private BareBidirectionalBfs bfs = null!;

    [GlobalSetup]
    public void Setup()
    {
        snapshot = PathsBenchmark.CordisSnapshotAsync().GetAwaiter().GetResult();
        pairs = PathPairs.Pick(snapshot, Pairs, 0, 42);
        bfs = new BareBidirectionalBfs(snapshot);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs)]
    public int BareBidirectionalBfs()
    {
        var total = 0;
        foreach (var (from, to) in pairs)
        {
            total += bfs.Distance(from, to, 4);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Pairs)]
    public int PathsK1() => Run(1);

    [Benchmark(OperationsPerInvoke = Pairs)]
    public int PathsK3() => Run(3);

    private int Run(int k)
    {
        var total = 0;
        foreach (var (from, to) in pairs)
        {
            total += YenKShortestPaths.Find(snapshot, from, to, k, 4, PathConstraints.Default, CancellationToken.None).Count;
        }

        return total;
    }

    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
