using GoSmart.Graph.Cli;
using Spectre.Console;

namespace GoSmart.Graph.Tests.Support;

/// <summary>Runs <c>gosmart-graph</c> in process with its output and errors captured, as if redirected.</summary>
public static class CliRun
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;

        var exitCode = await GraphCliApp.RunAsync(args, console, error, CancellationToken.None);

        return (exitCode, output.ToString(), error.ToString());
    }
}
