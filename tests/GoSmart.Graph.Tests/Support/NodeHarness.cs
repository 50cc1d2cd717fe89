using System.Diagnostics;

namespace GoSmart.Graph.Tests.Support;

/// <summary>The npm harness in tests/neo4j-harness (installed by scripts/test.sh with <c>npm ci</c>): node scripts run from there.</summary>
public static class NodeHarness
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "neo4j-harness");

    /// <summary>Fails (never skips) when the harness is not installed, saying how to install it.</summary>
    public static void EnsureInstalled()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@grafeo-db", "js"))
            || !Directory.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support")))
        {
            throw new InvalidOperationException(
                $"The Neo4j test harness is not installed: run 'npm ci' in {Folder} (scripts/test.sh does it), with node 20 or later on the PATH.");
        }
    }

    public static ProcessStartInfo Node(string script, params string[] arguments)
    {
        EnsureInstalled();
        return NodeIn(Folder, script, arguments);
    }

    /// <summary>Runs a script of an npm folder (this harness, tests/browser) with its standard streams redirected.</summary>
    public static ProcessStartInfo NodeIn(string folder, string script, params string[] arguments)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("--no-warnings");
        info.ArgumentList.Add(script);
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        return info;
    }
}
