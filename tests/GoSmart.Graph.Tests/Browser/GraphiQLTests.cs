using System.Text.Json.Nodes;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Browser;

[Collection(BrowserGroup.Name)]
[Trait("Category", "Browser")]
public sealed class GraphiQLTests(BrowserFixture fixture)
{
    private const string QueryEditor = ".graphiql-query-editor .CodeMirror";
    private const string Response = "document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() ?? ''";

    // GraphiQL takes in an edit or a tab switch after a debounce: run before it and it sends the previous
    // operationName ("Document does not contain an operation named …"). It has taken it in when the tab state
    // it saves (after a longer debounce) holds the editor's text as the active tab's query.
    private const string Settled =
        "(() => { const state = JSON.parse(localStorage.getItem('graphiql:tabState') ?? 'null');"
        + " const editor = document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror;"
        + " return !!state && !!editor && state.tabs[state.activeTabIndex]?.query === editor.getValue(); })()";

    [Fact]
    public Task Ide_loads_shows_the_schemas_types_and_runs_a_query() =>
        fixture.RunAsync("ide-query", async browser =>
        {
            var expected = (await fixture.Api.DataAsync("{ stats { actors collaborationPairs } }"))["stats"]!;

            await browser.GotoAsync(fixture.Url("/graphql"));
            await browser.WaitForSelectorAsync(QueryEditor);
            await browser.ClickAsync("[aria-label='Show Documentation Explorer']");
            await browser.ClickAsync(".graphiql-doc-explorer a.graphiql-doc-explorer-type-name:text-is('Actor')");
            await browser.WaitForSelectorAsync(".graphiql-doc-explorer-title:text-is('Actor')");
            await browser.ScreenshotAsync("ide-docs-actor");
            await browser.EvaluateAsync($"document.querySelector('{QueryEditor}').CodeMirror.setValue('{{ stats {{ actors collaborationPairs }} }}')");
            await browser.WaitForFunctionAsync(Settled);
            await browser.ClickAsync(".graphiql-execute-button");
            await browser.WaitForFunctionAsync($"({Response}).includes('collaborationPairs')");
            var response = JsonNode.Parse((await browser.EvaluateAsync(Response))!.GetValue<string>())!;

            Assert.Null(response["errors"]);
            Assert.Equal(expected.ToJsonString(), response["data"]!["stats"]!.ToJsonString());
            await browser.ScreenshotAsync("ide-query");
        });

    [Fact]
    public Task Ide_opens_with_broker_examples_that_each_answer_without_errors() =>
        fixture.RunAsync("ide-examples", async browser =>
        {
            await browser.GotoAsync(fixture.Url("/graphql"));
            await browser.WaitForSelectorAsync(QueryEditor);
            var tabs = await browser.CountAsync(".graphiql-tab");

            Assert.True(tabs >= 3, $"GraphiQL opens with {tabs} tab(s), not the broker examples.");
            for (var tab = 1; tab <= tabs; tab++)
            {
                await browser.ClickAsync($".graphiql-tab:nth-child({tab}) .graphiql-tab-button");
                await browser.WaitForFunctionAsync(Settled);
                await browser.ClickAsync(".graphiql-execute-button");
                await browser.WaitForFunctionAsync($"({Response}).trim().startsWith('{{')");
                var response = JsonNode.Parse((await browser.EvaluateAsync(Response))!.GetValue<string>())!;
                var title = await browser.TextContentAsync($".graphiql-tab:nth-child({tab}) .graphiql-tab-button");

                Assert.True(response["errors"] is null, $"Example '{title}' answers errors: {response["errors"]?.ToJsonString()}");
                Assert.NotNull(response["data"]);
                await browser.ScreenshotAsync($"ide-example-{tab}");
            }
        });

    [Fact]
    public Task Running_at_once_after_a_tab_switch_runs_the_new_tabs_operation() =>
        fixture.RunAsync("ide-tab-switch", async browser =>
        {
            await browser.GotoAsync(fixture.Url("/graphql"));
            await browser.WaitForSelectorAsync(QueryEditor);
            await browser.ClickAsync(".graphiql-tab:nth-child(2) .graphiql-tab-button");
            await browser.ClickAsync(".graphiql-execute-button");
            await browser.WaitForFunctionAsync($"({Response}).trim().startsWith('{{')");
            var response = JsonNode.Parse((await browser.EvaluateAsync(Response))!.GetValue<string>())!;

            // GraphiQL may still send the first tab's operationName here; the IDE's fetcher leaves it out when
            // the document does not define it.
            Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
            Assert.NotNull(response["data"]!["connectors"]);
        });
}
