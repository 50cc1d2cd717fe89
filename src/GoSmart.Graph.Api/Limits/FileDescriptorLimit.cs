namespace GoSmart.Graph.Api.Limits;

/// <summary>The process's limit on open files (which counts sockets), where the system says it.</summary>
public static class FileDescriptorLimit
{
    /// <summary>The soft limit from <c>/proc/self/limits</c> on Linux (the runtime raises it to the hard limit at start); null elsewhere or unlimited.</summary>
    public static long? Current()
    {
        const string file = "/proc/self/limits";
        if (!OperatingSystem.IsLinux() || !File.Exists(file))
        {
            return null;
        }

        foreach (var line in File.ReadLines(file))
        {
            if (line.StartsWith("Max open files", StringComparison.Ordinal))
            {
                var fields = line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return fields.Length > 0 && long.TryParse(fields[0], System.Globalization.CultureInfo.InvariantCulture, out var soft) ? soft : null;
            }
        }

        return null;
    }

    /// <summary>The connections that may be open at once: the configured total, lowered to leave <paramref name="reserve"/> descriptors free.</summary>
    public static int Bound(int configured, long? limit, int reserve) =>
        limit is { } fds ? (int)Math.Max(1, Math.Min(configured, fds - reserve)) : configured;
}
