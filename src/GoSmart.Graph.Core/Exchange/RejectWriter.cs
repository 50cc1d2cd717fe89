namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// Collects rejected rows into a CSV file (<c>file,line,reason,row</c>), created on the first reject so a
/// clean import leaves no file behind. Also counts them.
/// </summary>
public sealed class RejectWriter : IDisposable
{
    private readonly string path;
    private StreamWriter? writer;

    public RejectWriter(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        this.path = Path.GetFullPath(path);
        if (File.Exists(this.path))
        {
            File.Delete(this.path);
        }
    }

    public long Count { get; private set; }

    /// <summary>The reject file, or null when nothing was rejected.</summary>
    public string? WrittenPath => Count == 0 ? null : path;

    /// <summary>The first rejects as "file line N: reason", for a person to read without opening the file.</summary>
    public List<string> FirstReasons { get; } = [];

    public void Reject(string file, long line, string reason, string row)
    {
        if (writer is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            CsvText.WriteRow(writer, ["file", "line", "reason", "row"]);
        }

        Count++;
        if (FirstReasons.Count < 10)
        {
            FirstReasons.Add($"{Path.GetFileName(file)} line {line}: {reason}");
        }

        CsvText.WriteRow(writer, [Path.GetFileName(file), line.ToString(System.Globalization.CultureInfo.InvariantCulture), reason, row]);
    }

    public void Dispose() => writer?.Dispose();
}
