using System.Diagnostics;
using System.Globalization;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.CrashWriter;
using GoSmart.Graph.Tests.Support;
using Xunit.Abstractions;

namespace GoSmart.Graph.Tests.Core.Storage.Embedded;

/// <summary>
/// A child process bulk-loads batches into an empty store (one transaction under a rollback journal, the
/// batches written by a background thread) and is killed with SIGKILL while adding or while completing;
/// the store it leaves is consistent and holds either nothing or everything, and an empty one takes a
/// new bulk load.
/// </summary>
public sealed class BulkLoadCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Runs = 4;
    private const int TotalBatches = 60;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Bulk_load_killed_while_adding_or_completing_leaves_nothing_or_everything()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");

        for (var run = 0; run < Runs; run++)
        {
            var options = new EmbeddedStoreOptions { DataDirectory = Path.Combine(directory.Path, $"run{run}") };
            var killAt = run % 2 == 0 ? $"adding {random.Next(1, TotalBatches)}" : "completing";
            var delay = TimeSpan.FromMilliseconds(random.Next(0, run % 2 == 0 ? 50 : 300));

            var finished = await RunAsync(options, killAt, delay);
            var report = await StoreConsistency.CheckAsync(options, CancellationToken.None);
            var actors = report.Counts.GetValueOrDefault("actors");

            output.WriteLine($"run {run}: killed after '{killAt}' (+{delay.TotalMilliseconds} ms){(finished ? ", after it had committed" : string.Empty)}; store holds {actors} actors");
            Assert.True(report.IsConsistent, string.Join("\n", report.Problems));
            Assert.Contains(actors, new long[] { 0, TotalBatches * CrashBatches.ActorsPerBatch });
            if (finished)
            {
                Assert.Equal(TotalBatches * CrashBatches.ActorsPerBatch, actors);
            }

            if (actors == 0)
            {
                Assert.True(EmbeddedBulkLoad.CanLoad(options));
                Assert.True(await RunAsync(options, null, TimeSpan.Zero));
                Assert.Equal(TotalBatches * CrashBatches.ActorsPerBatch, (await StoreConsistency.CheckAsync(options, CancellationToken.None)).Counts["actors"]);
            }
        }
    }

    /// <summary>Runs the bulk writer; kills it <paramref name="delay"/> after the line <paramref name="killAt"/> (never when null). True when it printed "committed".</summary>
    private static async Task<bool> RunAsync(EmbeddedStoreOptions options, string? killAt, TimeSpan delay)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GoSmart.Graph.CrashWriter.dll"));
        start.ArgumentList.Add("bulk");
        start.ArgumentList.Add(options.DataDirectory);
        start.ArgumentList.Add(TotalBatches.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var committed = false;
        try
        {
            while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2)) is { } line)
            {
                committed |= line == "committed";
                if (line == killAt)
                {
                    break;
                }
            }

            await Task.Delay(delay);
        }
        finally
        {
            // Process.Kill sends SIGKILL on Unix: no finaliser, no dispose, no flush.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }

        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            committed |= line == "committed";
        }

        return committed;
    }
}
