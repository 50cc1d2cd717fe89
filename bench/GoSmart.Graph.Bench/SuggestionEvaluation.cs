using System.Diagnostics;
using System.Globalization;
using GoSmart.Graph.Core.Analysis.Suggestions;

namespace GoSmart.Graph.Bench;

/// <summary>
/// Prints how well partner suggestions predict the collaborations of the seed's last year, against the
/// common-neighbours and random baselines.
/// Usage: dotnet run -c Release --project bench/GoSmart.Graph.Bench -- suggestions-eval [--seed 1]
/// </summary>
public static class SuggestionEvaluation
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seed = HttpBenchmark.Option(args, "--seed", 1);
        var snapshot = await SeedSnapshot.LoadAsync().ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var report = LinkPredictionEvaluation.Evaluate(snapshot, seed, CancellationToken.None);
        var elapsed = clock.Elapsed;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"hidden: the {report.HiddenTies} collaborations first seen in {report.HiddenYear}; ranked for {report.Actors} actors that gained partners then and had one before (random seed {seed}; {elapsed.TotalSeconds:F1} s)"));
        Console.WriteLine();
        Console.WriteLine("| ranking | hits@10 | MRR |");
        Console.WriteLine("|---|---|---|");
        foreach (var r in report.Results)
        {
            Console.WriteLine(string.Create(c, $"| {r.Ranking} | {r.HitsAt10:F3} | {r.MeanReciprocalRank:F3} |"));
        }

        return 0;
    }
}
