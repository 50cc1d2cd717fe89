namespace GoSmart.Graph.Bench;

/// <summary>The first argument picks the benchmark; the HTTP one is the default (its options start with --).</summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "synthetic" => SyntheticBenchmark.Run(args[1..]),
        "store-paths" => await StorePathsBenchmark.RunAsync(args[1..]).ConfigureAwait(false),
        "paths" => await PathsBenchmark.RunCordisAsync(args[1..]).ConfigureAwait(false),
        "paths-synthetic" => PathsBenchmark.RunSynthetic(args[1..]),
        "paths-http" => await PathsHttpBenchmark.RunAsync(args[1..]).ConfigureAwait(false),
        "bdn" => RunBdn(args[1..]),
        "mixed" => await MixedLoadBenchmark.RunAsync(args[1..]).ConfigureAwait(false),
        "brokerage" => BrokerageBenchmarks.Run(args[1..]),
        "suggestions-eval" => await SuggestionEvaluation.RunAsync(args[1..]).ConfigureAwait(false),
        "neo4j-live" => await Neo4jLiveCheck.RunAsync().ConfigureAwait(false),
        "neo4j" => await Neo4jBenchmark.RunAsync(args[1..]).ConfigureAwait(false),
        "http" => await HttpBenchmark.RunAsync(args[1..]).ConfigureAwait(false),
        "attack" => await AttackBenchmark.RunAsync(args[1..]).ConfigureAwait(false),
        _ => await HttpBenchmark.RunAsync(args).ConfigureAwait(false),
    };

    /// <summary>The BenchmarkDotNet benchmarks, e.g. <c>bdn --filter '*GroupAnalytics*'</c>.</summary>
    private static int RunBdn(string[] args)
    {
        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(BenchMain).Assembly).Run(args);
        return 0;
    }
}
