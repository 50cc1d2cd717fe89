using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// The service in a process of its own, started with exactly the environment and arguments a test
/// gives (none of the test run's own ASP.NET Core or configuration variables), its console log kept,
/// and killed with its process tree on dispose.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ServiceProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything it wrote to its console so far.</summary>
    public string Output => string.Join('\n', _lines);

    /// <summary>The addresses Kestrel says it listens on ("Now listening on: …").</summary>
    public IReadOnlyList<string> ListeningOn => _lines.Select(ListeningAddress).OfType<string>().ToList();

    public static async Task<ServiceProcess> StartAsync(string dll, string workingDirectory, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(IsServiceSetting).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var service = new ServiceProcess(Process.Start(start)!);
        try
        {
            await service.WaitUntilListeningAsync().ConfigureAwait(false);
            return service;
        }
        catch
        {
            await service.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Polls <c>/health/ready</c> at the address it logged until it answers 200.</summary>
    public async Task<HttpClient> ClientWhenReadyAsync(string url)
    {
        var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            AssertRunning();
            try
            {
                using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative)).ConfigureAwait(false);
                if (ready.IsSuccessStatusCode)
                {
                    return http;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening there (yet): the loop's bound decides.
            }

            Assert.True(clock.Elapsed < ReadyWithin, $"{url}/health/ready did not answer 200 within {ReadyWithin}:\n{Output}");
            await Task.Delay(200).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        finally
        {
            _process.Dispose();
        }
    }

    /// <summary>What the test environment may carry that would configure the service behind the test's back.</summary>
    private static bool IsServiceSetting(string name) =>
        name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || name.Contains("__", StringComparison.Ordinal)
        || name.ToUpperInvariant() is "URLS" or "HTTP_PORTS" or "HTTPS_PORTS" or "DOTNET_URLS" or "DOTNET_ENVIRONMENT" or "DOTNET_CONTENTROOT"
            or "DOTNET_HTTP_PORTS" or "DOTNET_HTTPS_PORTS";

    private static string? ListeningAddress(string line)
    {
        const string prefix = "Now listening on: ";
        if (!line.StartsWith('{'))
        {
            return line.Contains(prefix, StringComparison.Ordinal) ? line[(line.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length)..].Trim() : null;
        }

        try
        {
            using var entry = JsonDocument.Parse(line);
            return entry.RootElement.TryGetProperty("Message", out var message) && message.GetString() is { } text && text.StartsWith(prefix, StringComparison.Ordinal)
                ? text[prefix.Length..]
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var clock = Stopwatch.StartNew();
        while (!_lines.Any(l => l.Contains("Application started", StringComparison.Ordinal)))
        {
            AssertRunning();
            Assert.True(clock.Elapsed < ReadyWithin, $"the service did not start within {ReadyWithin}:\n{Output}");
            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    private void AssertRunning()
    {
        if (_process.HasExited)
        {
            Assert.Fail($"the service exited ({_process.ExitCode}):\n{Output}");
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
