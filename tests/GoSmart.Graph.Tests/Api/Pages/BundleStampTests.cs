using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api.Pages;

/// <summary>
/// The built bundle in src/GoSmart.Graph.Api/wwwroot/ui is committed (the start command needs no node).
/// These tests fail when it is stale: the inputs changed since it was built, or building them again gives other bytes.
/// </summary>
public sealed class BundleStampTests
{
    private const string Rebuild = "Rebuild it with `npm --prefix web ci && npm --prefix web run build` and commit src/GoSmart.Graph.Api/wwwroot/ui.";
    private static readonly string[] TopLevelInputs = ["build.mjs", "package.json", "package-lock.json"];
    private static readonly string Web = Path.Combine(RepoPaths.Root, "web");
    private static readonly string Bundle = Path.Combine(RepoPaths.Root, "src", "GoSmart.Graph.Api", "wwwroot", "ui");

    [Fact]
    public void The_stamp_matches_the_front_end_sources()
    {
        using var stamp = JsonDocument.Parse(File.ReadAllText(Path.Combine(Bundle, "build-stamp.json")));
        var (files, hash) = InputsHash();

        Assert.Equal(stamp.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList(), files);
        Assert.True(stamp.RootElement.GetProperty("inputs").GetString() == hash,
            $"The committed bundle was built from other sources than web/ holds now (stamp {stamp.RootElement.GetProperty("inputs").GetString()}, sources {hash}). {Rebuild}");
    }

    [Fact]
    public async Task Building_the_sources_again_gives_the_committed_bundle_byte_for_byte()
    {
        if (!File.Exists(Path.Combine(Web, "node_modules", "esbuild", "package.json")))
        {
            throw new InvalidOperationException($"web/node_modules is not installed: run 'npm ci' in {Web} (scripts/test.sh does it), with node 20 or later on the PATH.");
        }

        using var process = Process.Start(NodeHarness.NodeIn(Web, "build.mjs", "--check"))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"{await stderr}{await stdout}");
        Assert.Contains("bundle is up to date", await stdout, StringComparison.Ordinal);
    }

    /// <summary>As web/build.mjs: "path\nsha256(bytes)\n" per input, in ordinal path order, hashed.</summary>
    private static (List<string> Files, string Hash) InputsHash()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Web, "src"), "*", SearchOption.AllDirectories)
            .Concat(TopLevelInputs.Select(f => Path.Combine(Web, f)))
            .Select(f => Path.GetRelativePath(Web, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var text = new StringBuilder();
        foreach (var file in files)
        {
            text.Append(file).Append('\n').Append(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Web, file))))).Append('\n');
        }

        return (files, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }
}
