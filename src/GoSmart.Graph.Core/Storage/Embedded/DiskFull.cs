using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>Whether a failure means the disk (or the store's size limit) is full: SQLITE_FULL, or an I/O error for ENOSPC.</summary>
internal static class DiskFull
{
    private const int Enospc = 28;
    private const int WindowsDiskFull = 112;
    private const int WindowsHandleDiskFull = 39;

    public static bool Is(Exception e) => e switch
    {
        SqliteException s => s.SqliteErrorCode == raw.SQLITE_FULL,
        IOException io => OperatingSystem.IsWindows() ? (io.HResult & 0xFFFF) is WindowsDiskFull or WindowsHandleDiskFull : io.HResult == Enospc,
        _ => false,
    };
}
