using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace GoSmart.Graph.Cli.Infrastructure;

/// <summary>A progress column with the rows done and the rate in rows per second since the task started.</summary>
internal sealed class RowRateColumn : ProgressColumn
{
    public const string RowsKey = "rows";

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var rows = task.State.Get<double>(RowsKey);
        var seconds = task.ElapsedTime?.TotalSeconds ?? 0;
        var rate = seconds > 0 ? rows / seconds : 0;
        return new Text(string.Create(CultureInfo.InvariantCulture, $"{rows,12:N0} rows {rate,10:N0}/s"), Style.Plain);
    }
}
