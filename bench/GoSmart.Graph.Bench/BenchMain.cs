namespace GoSmart.Graph.Bench;

/// <summary>The first argument picks the benchmark; the HTTP one is the default (its options start with --).</summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "synthetic" => SyntheticBenchmark.Run(args[1..]),
        "store-paths" => await StorePathsBenchmark.RunAsync(args[1..]).ConfigureAwait(false),
        "http" => await HttpBenchmark.RunAsync(args[1..]).ConfigureAwait(false),
        _ => await HttpBenchmark.RunAsync(args).ConfigureAwait(false),
    };
}
