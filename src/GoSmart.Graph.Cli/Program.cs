using Spectre.Console;

namespace GoSmart.Graph.Cli;

/// <summary>The entry point of <c>gosmart-graph</c>: Ctrl+C cancels, ending after the batch being written.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        return await GraphCliApp.RunAsync(args, AnsiConsole.Console, Console.Error, cancel.Token).ConfigureAwait(false);
    }
}
