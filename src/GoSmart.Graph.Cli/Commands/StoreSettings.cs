using System.ComponentModel;
using Spectre.Console.Cli;

namespace GoSmart.Graph.Cli.Commands;

/// <summary>The options every command shares: the store's folder and quiet output.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("-d|--data <DIR>")]
    [Description("Folder of the embedded store (gosmart.db). Default: data")]
    public string Data { get; set; } = "data";

    [CommandOption("-q|--quiet")]
    [Description("No progress bar and no summary; errors still go to stderr. Progress is also off when output is redirected.")]
    public bool Quiet { get; set; }
}
