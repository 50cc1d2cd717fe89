using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// Debian's chromium, headless, driven by tests/browser/bridge.mjs (playwright-core) over JSON lines on the node
/// process's stdin/stdout: one page, typed commands, each with a timeout. Every request to a host other than
/// 127.0.0.1 is aborted and recorded; console errors and page errors are recorded. Disposing closes chromium and
/// the node process (killed with its children when they do not exit).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Beyond a command's own timeout in the bridge, so that the bridge's error (with Playwright's call log) comes first.</summary>
    private static readonly TimeSpan AnswerGrace = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly Queue<string> _stderr = new();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private Task? _stdoutReader;
    private Task? _stderrReader;
    private int _nextId;
    private bool _disposed;

    private BrowserSession(Process process, TimeSpan commandTimeout)
    {
        _process = process;
        CommandTimeout = commandTimeout;
    }

    /// <summary>How long one command may take in the browser (waits included) before it fails.</summary>
    public TimeSpan CommandTimeout { get; }

    public string ChromiumVersion { get; private set; } = "";

    public static async Task<BrowserSession> StartAsync(TimeSpan? commandTimeout = null)
    {
        var timeout = commandTimeout ?? TimeSpan.FromSeconds(15);
        var info = BrowserHarness.Bridge(timeout);
        var process = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        var session = new BrowserSession(process, timeout);
        session._stderrReader = session.ReadStderrAsync();
        try
        {
            using var cancel = new CancellationTokenSource(StartTimeout);
            var line = await process.StandardOutput.ReadLineAsync(cancel.Token);
            var ready = line is null ? null : JsonNode.Parse(line);
            if (ready?["ready"]?.GetValue<bool>() != true)
            {
                throw new InvalidOperationException(
                    $"chromium did not start through {BrowserHarness.Folder}/bridge.mjs: {ready?["error"] ?? line ?? "(the bridge exited)"}"
                    + session.StderrTail());
            }

            session.ChromiumVersion = ready["version"]?.GetValue<string>() ?? "";
            session._stdoutReader = session.ReadAnswersAsync();
            return session;
        }
        catch (OperationCanceledException)
        {
            await session.DisposeAsync();
            throw new TimeoutException($"chromium did not start within {StartTimeout.TotalSeconds} s." + session.StderrTail());
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public Task GotoAsync(string url) => SendAsync("goto", url);

    public async Task<string> UrlAsync() => (await SendAsync("url"))!.GetValue<string>();

    public Task ClickAsync(string selector) => SendAsync("click", selector);

    public Task FillAsync(string selector, string value) => SendAsync("fill", selector, value);

    public Task FocusAsync(string selector) => SendAsync("focus", selector);

    public Task SelectOptionAsync(string selector, string value) => SendAsync("selectOption", selector, value);

    /// <summary>Types key by key into the selector (focused first), or into the focused element when it is null.</summary>
    public Task TypeAsync(string? selector, string text) => SendAsync("type", selector, text);

    /// <summary>Presses one key on the focused element: <c>ArrowDown</c>, <c>Enter</c>, <c>Tab</c>, <c>Control+Enter</c>.</summary>
    public Task PressAsync(string key) => SendAsync("press", key);

    /// <summary>Waits for an element in a state; <paramref name="timeout"/> replaces <see cref="CommandTimeout"/>, e.g. to show an absence quickly.</summary>
    public Task WaitForSelectorAsync(string selector, SelectorState state = SelectorState.Visible, TimeSpan? timeout = null) =>
        CallAsync(timeout ?? CommandTimeout, "waitForSelector", selector, state.ToString().ToLowerInvariant(), Options(timeout));

    public async Task<string?> TextContentAsync(string selector) => (await SendAsync("textContent", selector))?.GetValue<string>();

    public async Task<string> InputValueAsync(string selector) => (await SendAsync("inputValue", selector))!.GetValue<string>();

    public async Task<string?> GetAttributeAsync(string selector, string name) =>
        (await SendAsync("getAttribute", selector, name))?.GetValue<string>();

    public async Task<int> CountAsync(string selector) => (await SendAsync("count", selector))!.GetValue<int>();

    /// <summary>Evaluates a JavaScript expression in the page (a promise is awaited); the result comes back as JSON.</summary>
    public Task<JsonNode?> EvaluateAsync(string expression) => SendAsync("evaluate", expression);

    /// <summary>axe-core's accessibility violations (WCAG 2.1 A/AA and best practices) of the page, or of the part a selector names.</summary>
    public async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(string? selector = null) =>
        (await SendAsync("axe", selector))!.AsArray()
            .Select(v => $"{v!["id"]} ({v["impact"]}): {v["help"]} at {string.Join(", ", v["targets"]!.AsArray().Select(t => t!.GetValue<string>()))}")
            .ToList();

    /// <summary>Waits until a JavaScript expression in the page is truthy and returns its value.</summary>
    public Task<JsonNode?> WaitForFunctionAsync(string expression, TimeSpan? timeout = null) =>
        CallAsync(timeout ?? CommandTimeout, "waitForFunction", expression, Options(timeout));

    /// <summary>Saves a PNG of the page's viewport as TestResults/screenshots/<paramref name="name"/>.png.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(BrowserHarness.Screenshots);
        var file = Path.Combine(BrowserHarness.Screenshots, name + ".png");
        await SendAsync("screenshot", file);
        return file;
    }

    /// <summary>Clicks what starts a download and saves it to <paramref name="file"/>; returns the file name the page suggested.</summary>
    public async Task<string> DownloadAsync(string selector, string file) =>
        (await SendAsync("download", selector, file))!.GetValue<string>();

    /// <summary>Every request URL the browser made since it started, in order (the aborted ones included).</summary>
    public Task<IReadOnlyList<string>> RequestsAsync() => StringsAsync("requests");

    /// <summary>The requests to a host other than 127.0.0.1 since the start: each was aborted.</summary>
    public Task<IReadOnlyList<string>> BlockedRequestsAsync() => StringsAsync("blockedRequests");

    /// <summary>Console errors and uncaught page errors since the start.</summary>
    public Task<IReadOnlyList<string>> ConsoleErrorsAsync() => StringsAsync("consoleErrors");

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (!_process.HasExited)
            {
                // Closing stdin makes the bridge close chromium, remove its profile and exit.
                _process.StandardInput.Close();
                using var wait = new CancellationTokenSource(ExitTimeout);
                try
                {
                    await _process.WaitForExitAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
        }
        catch (InvalidOperationException)
        {
            // The process was never started or is already reaped.
        }

        if (_stdoutReader is not null)
        {
            await _stdoutReader;
        }

        if (_stderrReader is not null)
        {
            await _stderrReader;
        }

        _process.Dispose();
        _writing.Dispose();
    }

    private object Options(TimeSpan? timeout) => new { timeout = (int)(timeout ?? CommandTimeout).TotalMilliseconds };

    private async Task<IReadOnlyList<string>> StringsAsync(string op) =>
        (await SendAsync(op))!.AsArray().Select(n => n!.GetValue<string>()).ToList();

    private Task<JsonNode?> SendAsync(string op, params object?[] args) => CallAsync(CommandTimeout, op, args);

    /// <summary>Sends one command and waits for its answer: <paramref name="timeout"/> (the command's own, in the browser) and a grace.</summary>
    private async Task<JsonNode?> CallAsync(TimeSpan timeout, string op, params object?[] args)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_stdoutReader is { IsCompleted: true })
        {
            throw new BrowserCommandException($"The browser bridge has exited; {Describe(op, args)} cannot run." + StderrTail());
        }

        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var line = JsonSerializer.Serialize(new { id, op, args });
        await _writing.WaitAsync();
        try
        {
            await _process.StandardInput.WriteLineAsync(line);
            await _process.StandardInput.FlushAsync();
        }
        catch (IOException e)
        {
            _pending.TryRemove(id, out _);
            throw new InvalidOperationException($"The browser bridge is gone ({e.Message}); {Describe(op, args)} was not sent." + StderrTail(), e);
        }
        finally
        {
            _writing.Release();
        }

        try
        {
            return await answer.Task.WaitAsync(timeout + AnswerGrace);
        }
        catch (TimeoutException)
        {
            _pending.TryRemove(id, out _);
            throw new TimeoutException(
                $"The browser did not answer {Describe(op, args)} within {(timeout + AnswerGrace).TotalSeconds} s." + StderrTail());
        }
        catch (BrowserCommandException e)
        {
            throw new BrowserCommandException($"{Describe(op, args)} failed in the browser: {e.Message}" + StderrTail());
        }
    }

    private async Task ReadAnswersAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            JsonNode? message;
            try
            {
                message = JsonNode.Parse(line);
            }
            catch (JsonException)
            {
                AddStderr("stdout: " + line);
                continue;
            }

            var id = message?["id"]?.GetValue<int>();
            if (id is null || !_pending.TryRemove(id.Value, out var answer))
            {
                AddStderr("unexpected answer: " + line);
                continue;
            }

            if (message!["ok"]?.GetValue<bool>() == true)
            {
                answer.TrySetResult(message["result"]?.DeepClone());
            }
            else
            {
                answer.TrySetException(new BrowserCommandException(message["error"]?.GetValue<string>() ?? line));
            }
        }

        var exit = _process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "unknown";
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var answer))
            {
                answer.TrySetException(new BrowserCommandException($"the bridge exited (code {exit}) before answering"));
            }
        }
    }

    private async Task ReadStderrAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
        {
            AddStderr(line);
        }
    }

    private void AddStderr(string line)
    {
        lock (_stderr)
        {
            _stderr.Enqueue(line);
            while (_stderr.Count > 100)
            {
                _stderr.Dequeue();
            }
        }
    }

    private string StderrTail()
    {
        lock (_stderr)
        {
            return _stderr.Count == 0
                ? "\nThe bridge wrote nothing to stderr."
                : "\nThe bridge's stderr (last lines):\n" + string.Join('\n', _stderr);
        }
    }

    private static string Describe(string op, object?[] args) =>
        $"{op}({string.Join(", ", args.Select(a => JsonSerializer.Serialize(a)))})";
}
