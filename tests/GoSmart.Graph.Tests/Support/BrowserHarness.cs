using System.Diagnostics;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// What the browser tests need: node, the npm package in tests/browser (playwright-core, installed by scripts/test.sh
/// with <c>npm ci</c>) and Debian's chromium (never a downloaded browser). Missing parts fail the tests, never skip them.
/// </summary>
public static class BrowserHarness
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "browser");

    /// <summary>Where the browser tests' screenshots go: the results folder scripts/test.sh uses.</summary>
    public static string Screenshots => Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    /// <summary>The node command running bridge.mjs on the chromium that <c>command -v chromium</c> finds.</summary>
    public static ProcessStartInfo Bridge(TimeSpan commandTimeout)
    {
        var chromium = FindChromium();
        if (FindOnPath("node") is null)
        {
            throw new InvalidOperationException(
                "node is not on the PATH: the browser tests need node 20 or later (Debian: 'apt-get install -y nodejs npm'), then 'npm ci' in tests/browser (scripts/test.sh does it).");
        }

        if (!File.Exists(Path.Combine(Folder, "node_modules", "playwright-core", "package.json")))
        {
            throw new InvalidOperationException(
                $"playwright-core is not installed: run 'npm ci' in {Folder} (scripts/test.sh does it).");
        }

        return NodeHarness.NodeIn(
            Folder,
            "bridge.mjs",
            $"--chromium={chromium}",
            $"--timeout-ms={(int)commandTimeout.TotalMilliseconds}");
    }

    private static string FindChromium()
    {
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("command -v chromium");
        using var shell = Process.Start(info) ?? throw new InvalidOperationException("/bin/sh did not start.");
        var path = shell.StandardOutput.ReadToEnd().Trim();
        shell.WaitForExit();
        if (shell.ExitCode != 0 || path.Length == 0)
        {
            throw new InvalidOperationException(
                "Debian's chromium is not installed ('command -v chromium' finds nothing): run "
                + "'sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium' (scripts/test.sh does it).");
        }

        return path;
    }

    private static string? FindOnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, command))
            .FirstOrDefault(File.Exists);
}
