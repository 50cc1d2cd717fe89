using System.Text.Json;
using System.Text.Json.Nodes;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// The network explorer at <c>/</c> through its DOM contract: <c>#actor-search</c> and <c>#target-search</c>
/// comboboxes, <c>#network</c> with <c>data-center</c>/<c>data-nodes</c>/<c>data-edges</c>/<c>data-loading</c>,
/// <c>#paths .path .step .evidence li</c>, <c>#heatmap td.cell</c>, the URL's query string as the view's state.
/// </summary>
public sealed class ExplorerPage(BrowserFixture fixture, BrowserSession browser)
{
    /// <summary>Opens <c>/</c> with a query string (e.g. <c>?actor=…&amp;view=heatmap</c>) and waits for its first load.</summary>
    public async Task OpenAsync(string query = "")
    {
        await browser.GotoAsync(fixture.Url("/" + query));
        await browser.WaitForSelectorAsync("body[data-ready='true']", SelectorState.Attached);
    }

    /// <summary>
    /// Types <paramref name="text"/> into a search box, waits for the suggestions to be the API's <c>search</c> results
    /// for it (the first ones, in order, <paramref name="actorId"/> among them) and clicks that actor's suggestion.
    /// </summary>
    public async Task ChooseAsync(string searchBox, string text, string actorId)
    {
        await browser.FillAsync(searchBox, "");
        await browser.TypeAsync(searchBox, text);
        await WaitForSuggestionsAsync(searchBox, text, actorId);
        await browser.ClickAsync($"{searchBox}-list [role='option'][data-id='{actorId}']");
    }

    /// <summary>Waits until the listbox of a search box shows the first results of the API's <c>search(text)</c>, in order, with <paramref name="actorId"/>.</summary>
    public async Task WaitForSuggestionsAsync(string searchBox, string text, string actorId)
    {
        var data = await fixture.Api.DataAsync("query($t: String!) { search(text: $t, first: 100) { id } }", new { t = text });
        var found = data["search"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ToList();
        var shown = $"[...document.querySelectorAll('{searchBox}-list [role=option]')].map(o => o.dataset.id)";
        try
        {
            await browser.WaitForFunctionAsync(
                $"(() => {{ const found = {JsonSerializer.Serialize(found)}; const ids = {shown};"
                + $" return ids.length > 0 && ids.includes({Js(actorId)}) && ids.every((id, i) => id === found[i]); }})()");
        }
        catch (BrowserCommandException e)
        {
            var ids = await browser.EvaluateAsync(shown);
            Assert.Fail($"After typing '{text}' into {searchBox} the suggestions are {ids?.ToJsonString()}; search gives {JsonSerializer.Serialize(found)} ({e.Message.Split('\n')[0]})");
        }
    }

    /// <summary>Waits until the network of <paramref name="center"/> is drawn with the given counts; fails saying what is drawn instead.</summary>
    public async Task WaitForNetworkAsync(string center, int nodes, int edges)
    {
        var expected = $"n.dataset.center === {Js(center)} && n.dataset.loading !== 'true' && n.dataset.nodes === '{nodes}' && n.dataset.edges === '{edges}'";
        try
        {
            await browser.WaitForFunctionAsync($"(() => {{ const n = document.querySelector('#network'); return !!n && {expected}; }})()");
        }
        catch (BrowserCommandException e)
        {
            var drawn = await browser.EvaluateAsync(
                "(() => { const n = document.querySelector('#network'); const s = document.querySelector('#status');"
                + " return { network: n ? { ...n.dataset } : null, status: s?.textContent ?? null }; })()");
            Assert.Fail($"Expected the network of {center} drawn with {nodes} nodes and {edges} edges; the page shows {drawn?.ToJsonString()} ({e.Message.Split('\n')[0]})");
        }
    }

    /// <summary>
    /// The ids of the network's nodes Cytoscape holds (<c>window.gosmart.cy</c>), sorted; without the actors of shown
    /// paths that lie outside the network, which the page adds with the class <c>extra</c> (counted in <c>data-extra-nodes</c>).
    /// </summary>
    public async Task<IReadOnlyList<string>> DrawnNodeIdsAsync() =>
        Strings(await browser.EvaluateAsync("window.gosmart.cy.nodes().filter(n => !n.hasClass('extra')).map(n => n.id()).sort()"));

    /// <summary>Waits until the paths panel has finished loading and shows <paramref name="count"/> paths.</summary>
    public async Task WaitForPathsAsync(int count)
    {
        try
        {
            await browser.WaitForFunctionAsync(
                $"(() => {{ const p = document.querySelector('#paths'); return !!p && p.dataset.loading !== 'true' && p.querySelectorAll('.path').length === {count}; }})()");
        }
        catch (BrowserCommandException e)
        {
            var shown = await browser.EvaluateAsync("document.querySelector('#paths')?.innerText.slice(0, 300) ?? null");
            Assert.Fail($"Expected {count} paths shown; #paths shows {shown?.ToJsonString()} ({e.Message.Split('\n')[0]})");
        }
    }

    /// <summary>Waits until the heat map has finished loading and has cells.</summary>
    public Task WaitForHeatMapAsync() => WaitForItemsAsync("#heatmap", "td.cell");

    /// <summary>Waits until a panel the page loads into (<c>data-loading</c> while it does) has finished and holds at least one <paramref name="item"/>.</summary>
    public Task WaitForItemsAsync(string panel, string item) =>
        browser.WaitForFunctionAsync(
            $"(() => {{ const p = document.querySelector({Js(panel)}); return !!p && p.dataset.loading !== 'true' && p.querySelectorAll({Js(item)}).length > 0; }})()");

    /// <summary>The view's state as the page wrote it into its URL's query string.</summary>
    public async Task<IReadOnlyDictionary<string, string>> UrlStateAsync()
    {
        var state = await browser.EvaluateAsync("Object.fromEntries(new URLSearchParams(location.search))");
        return state!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
    }

    public async Task WaitOrFailAsync(string selector, string failure, SelectorState state = SelectorState.Visible)
    {
        try
        {
            await browser.WaitForSelectorAsync(selector, state);
        }
        catch (BrowserCommandException e)
        {
            var status = await browser.EvaluateAsync("document.querySelector('#status')?.textContent ?? null");
            Assert.Fail($"{failure}; #status says {status?.ToJsonString() ?? "nothing"} ({e.Message.Split('\n')[0]})");
        }
    }

    public static IReadOnlyList<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToList();

    /// <summary>A JavaScript string literal.</summary>
    public static string Js(string value) => JsonSerializer.Serialize(value);
}
