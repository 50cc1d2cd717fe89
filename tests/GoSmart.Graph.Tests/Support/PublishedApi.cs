using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json.Nodes;
using GoSmart.Graph.Api.Security;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// The API as an operator gets it: <c>dotnet publish</c>ed once into a temporary folder, its
/// <c>appsettings.json</c> edited there (a key, anonymous reads off, a low root-field limit), and
/// started as <c>dotnet GoSmart.Graph.Api.dll</c> in a separate process.
/// </summary>
public sealed class PublishedApi : IDisposable
{
    public const string ReaderKey = "published-reader-key-0123456789";
    public const int MaxRootFields = 2;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "gosmart-tests", "published-" + Guid.NewGuid().ToString("N"));

    public PublishedApi()
    {
        Directory = Path.Combine(_root, "app");
        Publish(Directory);
        var settingsPath = Path.Combine(Directory, "appsettings.json");
        var settings = JsonNode.Parse(File.ReadAllText(settingsPath))!;
        settings["Limits"]!["MaxRootFields"] = MaxRootFields;
        settings["Auth"]!["AnonymousRead"] = false;
        settings["Auth"]!["ApiKeys"] = new JsonArray(new JsonObject
        {
            ["Name"] = "published-reader",
            ["Role"] = Roles.Reader,
            ["Sha256"] = ApiKeyAuthenticationHandler.HashOf(ReaderKey),
        });
        File.WriteAllText(settingsPath, settings.ToJsonString());
    }

    /// <summary>The publish folder: the service's own folder, as a systemd unit or a container would run it.</summary>
    public string Directory { get; }

    /// <summary>A loopback URL on a port that was free a moment ago (bound to port 0, then released).</summary>
    public static string FreeLoopbackUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    /// <summary>Starts <c>dotnet GoSmart.Graph.Api.dll</c> in <paramref name="workingDirectory"/> and waits until it is ready.</summary>
    public Task<ServiceProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> arguments) =>
        ServiceProcess.StartAsync(Path.Combine(Directory, "GoSmart.Graph.Api.dll"), workingDirectory, environment, arguments);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file a killed service still held must not hide the tests' own result.
        }
    }

    private static void Publish(string output)
    {
        // The configuration the tests were built in: its build is up to date, so publishing only copies.
        var configuration = typeof(PublishedApi).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var argument in new[]
        {
            "publish", Path.Combine(RepoPaths.Root, "src", "GoSmart.Graph.Api", "GoSmart.Graph.Api.csproj"),
            "-c", configuration, "-o", output, "--no-restore", "-nodeReuse:false", "-v", "q", "-nologo",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        if (!publish.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            publish.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet publish did not finish in 10 minutes.");
        }

        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}): {stdout.Result}{stderr.Result}");
        }
    }
}
