using System.Diagnostics;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.CrashWriter;
using GoSmart.Graph.Tests.Support;
using Xunit.Abstractions;

namespace GoSmart.Graph.Tests.Core.Storage.Embedded;

/// <summary>
/// A child process imports batches into a real store file and is killed with SIGKILL at a random moment,
/// several times; after each kill the reopened store is consistent and holds exactly a prefix of the
/// batches that includes every batch reported committed before the kill.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Runs = 6;
    private const int TotalBatches = 200;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Import_killed_at_random_points_restarts_consistent_with_a_committed_prefix()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");
        var options = new EmbeddedStoreOptions { DataDirectory = directory.Path };
        var previous = 0;

        for (var run = 0; run < Runs; run++)
        {
            var killAfterLines = random.Next(1, 5);
            var extraDelay = TimeSpan.FromMilliseconds(random.Next(0, 400));

            var (printed, writing) = await RunAndKillAsync(killAfterLines, extraDelay);
            var report = await StoreConsistency.CheckAsync(options, CancellationToken.None);
            var committed = (int)(report.Counts["actors"] / CrashBatches.ActorsPerBatch);

            output.WriteLine($"run {run}: killed after {printed} batches reported (+{extraDelay.TotalMilliseconds} ms){(writing > printed ? $", while writing batch {writing}" : string.Empty)}; store holds {committed} batches");
            Assert.True(report.IsConsistent, string.Join("\n", report.Problems));
            Assert.Equal(committed * CrashBatches.ActorsPerBatch, report.Counts["actors"]);
            Assert.InRange(committed, Math.Max(previous, printed), printed + 1);
            Assert.Equal(Enumerable.Range(0, committed).Sum(i => CrashBatches.Batch(i).Participations.Count), report.Counts["participations"]);
            Assert.Equal(Enumerable.Range(0, committed).Sum(i => CrashBatches.Batch(i).DeclaredCollaborations.Count), report.Counts["declared_collaborations"]);
            await using (var store = await EmbeddedGraphStore.OpenAsync(options, CancellationToken.None))
            {
                var expected = Enumerable.Range(0, committed).SelectMany(b => Enumerable.Range(0, CrashBatches.ActorsPerBatch).Select(n => CrashBatches.ActorId(b, n))).ToList();
                Assert.Equal(expected.Count, (await store.GetActorsAsync(expected, CancellationToken.None)).Count);
            }

            previous = committed;
        }
    }

    /// <summary>Starts the writer (it continues after what is committed), waits for some "committed" lines, then SIGKILLs it.</summary>
    private async Task<(int Reported, int Writing)> RunAndKillAsync(int killAfterLines, TimeSpan extraDelay)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "GoSmart.Graph.CrashWriter.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(directory.Path);
        start.ArgumentList.Add(TotalBatches.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var reported = 0;
        var writing = 0;
        var seen = 0;
        try
        {
            while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2)) is { } line)
            {
                writing = Writing(line) ?? writing;
                if (line.StartsWith("committed ", StringComparison.Ordinal))
                {
                    reported = int.Parse(line["committed ".Length..], System.Globalization.CultureInfo.InvariantCulture);
                    if (++seen == killAfterLines)
                    {
                        break;
                    }
                }
            }

            await Task.Delay(extraDelay);
        }
        finally
        {
            // Process.Kill sends SIGKILL on Unix: no finaliser, no dispose, no flush.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        // Lines written before the kill but not yet read still count as reported commits.
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            writing = Writing(line) ?? writing;
            if (line.StartsWith("committed ", StringComparison.Ordinal))
            {
                reported = int.Parse(line["committed ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return (reported, writing);
    }

    private static int? Writing(string line) =>
        line.StartsWith("writing ", StringComparison.Ordinal) ? int.Parse(line["writing ".Length..], System.Globalization.CultureInfo.InvariantCulture) : null;
}
