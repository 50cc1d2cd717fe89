using GoSmart.Graph.Core.Exchange;
using Spectre.Console;

namespace GoSmart.Graph.Cli.Infrastructure;

/// <summary>
/// Runs a long command under a progress bar (stage, bar, percentage, rows and rate, time left, time
/// spent) when the console is interactive and not quiet; otherwise runs it silently.
/// </summary>
internal static class ProgressReporter
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, bool quiet, string title, Func<IProgress<ImportProgress>?, Task<T>> work)
    {
        if (quiet || !console.Profile.Capabilities.Interactive)
        {
            return await work(null).ConfigureAwait(false);
        }

        return await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RowRateColumn(),
                new RemainingTimeColumn(),
                new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(title, maxValue: 1);
                var result = await work(new TaskProgress(task)).ConfigureAwait(false);
                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            }).ConfigureAwait(false);
    }

    /// <summary>Updates the task synchronously (unlike <see cref="Progress{T}"/>, which posts and may land after the end).</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            task.Description = value.Stage;
            task.State.Update<double>(RowRateColumn.RowsKey, _ => value.Rows);
            if (value.TotalBytes > 0)
            {
                task.MaxValue = value.TotalBytes;
                task.Value = Math.Min(value.Bytes, value.TotalBytes);
            }
            else
            {
                task.IsIndeterminate = true;
            }
        }
    }
}
