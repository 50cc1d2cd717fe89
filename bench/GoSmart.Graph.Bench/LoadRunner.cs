using System.Diagnostics;

namespace GoSmart.Graph.Bench;

/// <summary>A closed-loop load: <c>concurrency</c> workers send requests back to back for a fixed time.</summary>
public static class LoadRunner
{
    public static async Task<LoadResult> RunAsync(Func<CancellationToken, Task<bool>> send, int concurrency, TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(duration);
        var latencies = new List<double>[concurrency];
        var failures = new int[concurrency];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            latencies[w] = new List<double>(100_000);
            while (!stop.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await send(CancellationToken.None).ConfigureAwait(false);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                latencies[w].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!ok)
                {
                    failures[w]++;
                }
            }
        }).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length, failures.Sum(), elapsed, all);
    }
}

public sealed record LoadResult(int Requests, int Failures, TimeSpan Elapsed, double[] SortedLatenciesMs)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double Percentile(double p) =>
        SortedLatenciesMs.Length == 0 ? double.NaN : SortedLatenciesMs[Math.Min(SortedLatenciesMs.Length - 1, (int)Math.Ceiling(p / 100 * SortedLatenciesMs.Length) - 1)];
}
