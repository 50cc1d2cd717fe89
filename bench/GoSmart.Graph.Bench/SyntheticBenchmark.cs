using System.Diagnostics;
using System.Globalization;
using GoSmart.Graph.Core.Synthetic;

namespace GoSmart.Graph.Bench;

/// <summary>
/// Time and memory to generate the synthetic network and lay it out as a snapshot.
/// Usage: dotnet run -c Release --project bench/GoSmart.Graph.Bench -- synthetic [--actors 1000000 --degree 20 --seed 1]
/// </summary>
public static class SyntheticBenchmark
{
    public static int Run(string[] args)
    {
        var options = new SyntheticOptions
        {
            Actors = HttpBenchmark.Option(args, "--actors", 1_000_000),
            AverageDegree = HttpBenchmark.Option(args, "--degree", 20),
            Seed = (ulong)HttpBenchmark.Option(args, "--seed", 1),
        };
        var clock = Stopwatch.StartNew();
        var network = SyntheticNetwork.Generate(options);
        var generated = clock.Elapsed;
        clock.Restart();
        var snapshot = network.ToSnapshot();
        var laidOut = clock.Elapsed;
        var maxDegree = 0;
        for (var i = 0; i < snapshot.NodeCount; i++)
        {
            maxDegree = Math.Max(maxDegree, snapshot.DegreeOf(i));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Actors:N0} actors, {network.TieCount:N0} ties: generated in {generated.TotalSeconds:F1} s, snapshot in {laidOut.TotalSeconds:F1} s; " +
            $"max degree {maxDegree}, mean {2.0 * network.TieCount / options.Actors:F1}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB, " +
            $"managed heap now {GC.GetTotalMemory(false) / (1024.0 * 1024):F0} MiB"));
        GC.KeepAlive(snapshot);
        return 0;
    }
}
