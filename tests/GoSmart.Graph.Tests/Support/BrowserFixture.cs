namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// The real service on the real seed (Kestrel on 127.0.0.1) and one chromium for all the browser tests: they run one
/// after another in <see cref="BrowserGroup"/>, each through <see cref="RunAsync"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private BrowserSession? _browser;

    /// <summary>The hosted service; null until <see cref="InitializeAsync"/>.</summary>
    public GraphServiceFactory? Service { get; private set; }

    public GraphQLClient Api { get; private set; } = null!;

    public BrowserSession Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _browser = await BrowserSession.StartAsync();
        try
        {
            Service = new GraphServiceFactory();
            Api = new GraphQLClient(Service.CreateClient());
            BaseAddress = Api.Http.BaseAddress!;
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>The service's address for a path and query, e.g. <c>/?actor=actor:pic-1</c>.</summary>
    public string Url(string pathAndQuery) => new Uri(BaseAddress, pathAndQuery).ToString();

    /// <summary>
    /// Runs one browser test. After it, no request may have left 127.0.0.1 and the page may have logged no console
    /// error; when it fails, TestResults/screenshots/<paramref name="name"/>-failed.png shows the page as it was.
    /// </summary>
    /// <param name="allowConsoleError">Console errors the test causes on purpose (e.g. the browser's line for a 401 it provokes).</param>
    public async Task RunAsync(string name, Func<BrowserSession, Task> test, Func<string, bool>? allowConsoleError = null)
    {
        var browser = Browser;
        Directory.CreateDirectory(BrowserHarness.Screenshots);
        File.Delete(Path.Combine(BrowserHarness.Screenshots, name + "-failed.png"));
        var requestsBefore = (await browser.RequestsAsync()).Count;
        var blockedBefore = (await browser.BlockedRequestsAsync()).Count;
        var errorsBefore = (await browser.ConsoleErrorsAsync()).Count;
        try
        {
            await test(browser);

            var requests = (await browser.RequestsAsync()).Skip(requestsBefore).ToList();
            var blocked = (await browser.BlockedRequestsAsync()).Skip(blockedBefore).ToList();
            var errors = (await browser.ConsoleErrorsAsync()).Skip(errorsBefore).Where(e => allowConsoleError?.Invoke(e) != true).ToList();
            Assert.True(requests.Count > 0, "The test made the browser request nothing.");
            Assert.True(blocked.Count == 0, "Requests left 127.0.0.1 (aborted):\n" + string.Join('\n', blocked));
            Assert.All(requests, url => Assert.True(IsLocal(url), $"A request left 127.0.0.1: {url}"));
            Assert.True(errors.Count == 0, "The page logged errors:\n" + string.Join('\n', errors));
        }
        catch (Exception)
        {
            await TryAsync(() => browser.ScreenshotAsync(name + "-failed"));
            throw;
        }
        finally
        {
            await TryAsync(() => browser.GotoAsync("about:blank"));
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        Service?.Dispose();
    }

    private static bool IsLocal(string url)
    {
        var uri = new Uri(url);
        return uri.Scheme is "data" or "blob" or "about" || uri.Host == "127.0.0.1";
    }

    private static async Task TryAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception e) when (e is BrowserCommandException or TimeoutException or InvalidOperationException)
        {
            // Best effort: the test's own failure is the one to report.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
