using System.Text;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>Output files: UTF-8 without a byte-order mark, LF line ends, folders created as needed.</summary>
internal static class ExportFiles
{
    public static StreamWriter CreateText(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new StreamWriter(full, append: false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }

    public static FileStream CreateStream(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }
}
