using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Browser;

/// <summary>The guard every browser test relies on: what leaves 127.0.0.1 is stopped and seen, page errors are seen.</summary>
[Collection(BrowserGroup.Name)]
[Trait("Category", "Browser")]
public sealed class BrowserBridgeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Request_to_another_host_is_aborted_and_recorded_and_its_error_logged()
    {
        var browser = fixture.Browser;
        var blockedBefore = (await browser.BlockedRequestsAsync()).Count;
        var page = "<img src='http://example.invalid/logo.png'><script>fetch('https://example.invalid/api').catch(() => document.title = 'blocked')</script>";

        await browser.GotoAsync("data:text/html," + Uri.EscapeDataString(page));
        await browser.WaitForFunctionAsync("document.title === 'blocked'");
        await browser.ScreenshotAsync("bridge-blocked-request");
        var blocked = (await browser.BlockedRequestsAsync()).Skip(blockedBefore).ToList();

        Assert.Contains("http://example.invalid/logo.png", blocked);
        Assert.Contains("https://example.invalid/api", blocked);
        Assert.Contains(await browser.ConsoleErrorsAsync(), e => e.Contains("ERR_BLOCKED_BY_CLIENT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Console_errors_and_uncaught_exceptions_are_recorded()
    {
        var browser = fixture.Browser;
        var before = (await browser.ConsoleErrorsAsync()).Count;
        var page = "<script>console.error('drawn badly'); setTimeout(() => { throw new Error('lost the graph'); });</script>";

        await browser.GotoAsync("data:text/html," + Uri.EscapeDataString(page));
        await browser.WaitForFunctionAsync("new Promise(done => setTimeout(() => done(true), 50))");
        await browser.ScreenshotAsync("bridge-console-errors");
        var errors = (await browser.ConsoleErrorsAsync()).Skip(before).ToList();

        Assert.Contains(errors, e => e.Contains("drawn badly", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("lost the graph", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Waiting_for_an_absent_element_fails_after_its_timeout_with_playwrights_call_log()
    {
        var browser = fixture.Browser;
        await browser.GotoAsync("data:text/html," + Uri.EscapeDataString("<p id='here'>here</p>"));

        var error = await Assert.ThrowsAsync<BrowserCommandException>(
            () => browser.WaitForSelectorAsync("#elsewhere", timeout: TimeSpan.FromMilliseconds(300)));

        await browser.ScreenshotAsync("bridge-absent-element");
        Assert.Contains("waitForSelector(\"#elsewhere\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("Timeout 300ms exceeded", error.Message, StringComparison.Ordinal);
        Assert.Contains("waiting for locator('#elsewhere')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_command_names_itself_and_the_browsers_error()
    {
        var browser = fixture.Browser;
        await browser.GotoAsync("data:text/html," + Uri.EscapeDataString("<p id='x'>x</p>"));

        var error = await Assert.ThrowsAsync<BrowserCommandException>(() => browser.EvaluateAsync("missingFunction()"));

        await browser.ScreenshotAsync("bridge-failing-command");
        Assert.Contains("evaluate(\"missingFunction()\")", error.Message, StringComparison.Ordinal);
        Assert.Contains("missingFunction is not defined", error.Message, StringComparison.Ordinal);
    }
}
