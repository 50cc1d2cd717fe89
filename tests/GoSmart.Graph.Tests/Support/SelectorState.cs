namespace GoSmart.Graph.Tests.Support;

/// <summary>What <see cref="BrowserSession.WaitForSelectorAsync"/> waits for (Playwright's locator states).</summary>
public enum SelectorState
{
    Attached,
    Detached,
    Visible,
    Hidden,
}
