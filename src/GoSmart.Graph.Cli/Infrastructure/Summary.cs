using System.Globalization;
using Spectre.Console;

namespace GoSmart.Graph.Cli.Infrastructure;

/// <summary>The table a command ends with: one row per figure.</summary>
internal static class Summary
{
    public static void Write(IAnsiConsole console, string title, IEnumerable<(string What, string Value)> rows)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumn("what").AddColumn(new TableColumn("value").RightAligned());
        foreach (var (what, value) in rows)
        {
            table.AddRow(Markup.Escape(what), Markup.Escape(value));
        }

        console.Write(table);
    }

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    public static string Rate(long rows, TimeSpan elapsed) =>
        (elapsed.TotalSeconds > 0 ? rows / elapsed.TotalSeconds : 0).ToString("N0", CultureInfo.InvariantCulture) + " /s";
}
