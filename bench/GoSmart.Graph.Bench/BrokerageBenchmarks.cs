using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GoSmart.Graph.Core.Analysis.Brokerage;
using GoSmart.Graph.Core.Analysis.Suggestions;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Bench;

/// <summary>
/// Whole-graph brokerage scores on the CORDIS seed (what the first <c>brokerage</c> request after a write
/// computes) and partner suggestions per actor.
/// Usage: dotnet run -c Release --project bench/GoSmart.Graph.Bench -- brokerage [BenchmarkDotNet options, e.g. --filter *Roles*]
/// (or <c>bdn --filter '*Brokerage*'</c>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Settings))]
public class BrokerageBenchmarks
{
    private const int SuggestionActors = 200;
    private GraphSnapshot snapshot = null!;
    private string[] actors = [];

    public static int Run(string[] args)
    {
        BenchmarkSwitcher.FromTypes([typeof(BrokerageBenchmarks)]).Run(args.Length == 0 ? ["--filter", "*"] : args);
        return 0;
    }

    [GlobalSetup]
    public void Setup()
    {
        snapshot = SeedSnapshot.LoadAsync().GetAwaiter().GetResult();
        var random = new Random(1);
        actors = Enumerable.Range(0, SuggestionActors).Select(_ => snapshot.ActorIds[random.Next(snapshot.NodeCount)]).ToArray();
    }

    [Benchmark(Description = "Gould–Fernandez roles, all actors, by country")]
    public object RolesByCountry() => BrokerageAnalyzer.ComputeRoles(snapshot, BrokerageGrouping.Country, CancellationToken.None);

    [Benchmark(Description = "Gould–Fernandez roles, all actors, by region")]
    public object RolesByRegion() => BrokerageAnalyzer.ComputeRoles(snapshot, BrokerageGrouping.Region, CancellationToken.None);

    [Benchmark(Description = "Burt (weighted), all actors")]
    public object Burt() => BurtStructuralHoles.Compute(snapshot, snapshot.Weights, CancellationToken.None);

    [Benchmark(Description = "Betweenness, exact")]
    public object BetweennessExact() => BrandesBetweenness.Compute(snapshot, null, 42, CancellationToken.None);

    [Benchmark(Description = "Betweenness, 500 pivots")]
    public object BetweennessSampled() => BrandesBetweenness.Compute(snapshot, 500, 42, CancellationToken.None);

    [Benchmark(Description = "Whole-graph scores: roles by country + Burt + exact betweenness")]
    public object WholeGraph()
    {
        var analyzer = new BrokerageAnalyzer(new BrokerageOptions());
        return (BrokerageAnalyzer.ComputeRoles(snapshot, BrokerageGrouping.Country, CancellationToken.None),
            analyzer.ComputeHoles(snapshot, CancellationToken.None),
            analyzer.ComputeBetweenness(snapshot, CancellationToken.None));
    }

    [Benchmark(Description = "partnerSuggestions(first: 10), per actor", OperationsPerInvoke = SuggestionActors)]
    public int SuggestionsPerActor()
    {
        var total = 0;
        foreach (var actor in actors)
        {
            total += PartnerSuggester.Suggest(snapshot, actor, 10, null, CancellationToken.None)!.Count;
        }

        return total;
    }

    /// <summary>In process (no generated project to build; the seed is beside this assembly), short runs: exact betweenness takes seconds each.</summary>
    private sealed class Settings : ManualConfig
    {
        public Settings() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
