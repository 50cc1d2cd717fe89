using Spectre.Console;

namespace GoSmart.Graph.Cli.Infrastructure;

/// <summary>Where the tool writes: results to <see cref="Out"/>, errors to <see cref="Error"/> (stderr by default), plain lines so logs keep them whole.</summary>
public sealed record CliConsoles(IAnsiConsole Out, TextWriter Error);
