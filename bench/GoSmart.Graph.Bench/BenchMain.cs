namespace GoSmart.Graph.Bench;

/// <summary>The first argument picks the benchmark; the HTTP one is the default (its options start with --).</summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "synthetic" => SyntheticBenchmark.Run(args[1..]),
        "paths" => await PathsBenchmark.RunCordisAsync(args[1..]).ConfigureAwait(false),
        "paths-synthetic" => PathsBenchmark.RunSynthetic(args[1..]),
        "paths-http" => await PathsHttpBenchmark.RunAsync(args[1..]).ConfigureAwait(false),
        "bdn" => BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(BenchMain).Assembly).Run(args[1..]).Any() ? 0 : 1,
        "http" => await HttpBenchmark.RunAsync(args[1..]).ConfigureAwait(false),
        _ => await HttpBenchmark.RunAsync(args).ConfigureAwait(false),
    };
}
