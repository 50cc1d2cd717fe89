namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// One process at a time per embedded store. An open store keeps the graph's index in memory and derives
/// ties from it, so a second process writing the same file (a CLI import beside the running service) would
/// leave the first answering from, and writing against, a stale index. The lock is an exclusive handle on
/// <c>gosmart.lock</c> in the data folder (<see cref="FileShare.None"/>: an advisory <c>flock</c> on Linux and
/// macOS, a sharing lock on Windows), which the operating system releases when the process ends, even when it
/// is killed; the file itself may stay.
/// </summary>
internal sealed class StoreLock : IDisposable
{
    public const string FileName = "gosmart.lock";

    private readonly FileStream handle;

    private StoreLock(FileStream handle) => this.handle = handle;

    /// <param name="wait">How long to keep trying while another process holds the lock.</param>
    /// <param name="waiting">Called once, when the lock is held elsewhere and the wait begins.</param>
    /// <exception cref="StoreLockedException">Another process (or another open store in this one) still holds the store.</exception>
    public static StoreLock Acquire(string dataDirectory, TimeSpan wait, Action? waiting = null)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        var deadline = DateTime.UtcNow + wait;
        var told = false;
        while (true)
        {
            try
            {
                return new StoreLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new StoreLockedException(
                        $"The store in {dataDirectory} is open in another process (the service or a gosmart-graph command): " +
                        "stop that process first, or give another data folder.",
                        e);
                }

                if (!told)
                {
                    told = true;
                    waiting?.Invoke();
                }

                Thread.Sleep(100);
            }
        }
    }

    public void Dispose() => handle.Dispose();
}
