using System.Text.Json.Nodes;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Browser;

[Collection(BrowserGroup.Name)]
[Trait("Category", "Browser")]
public sealed class ExplorerTests(BrowserFixture fixture)
{
    // The README's paths example: Białystok University of Technology (a few partners, one S3 domain) and Universität Hamburg.
    private const string Centre = "actor:pic-999889193";
    private const string Target = "actor:pic-999905101";
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public Task Typing_a_name_and_choosing_the_suggestion_draws_the_network_the_API_returns() =>
        fixture.RunAsync("explorer-network", async browser =>
        {
            var explorer = new ExplorerPage(fixture, browser);
            var expected = await NetworkAsync(Centre);

            await explorer.OpenAsync();
            await explorer.ChooseAsync("#actor-search", await NameAsync(Centre), Centre);
            await explorer.WaitForNetworkAsync(Centre, expected.Nodes.Count, expected.Edges);

            Assert.Equal(expected.Nodes.Order(StringComparer.Ordinal), await explorer.DrawnNodeIdsAsync());
            Assert.Equal(Centre, (await explorer.UrlStateAsync())["actor"]);
            await browser.ScreenshotAsync("explorer-network");
        });

    [Fact]
    public Task Choosing_a_second_actor_lists_the_APIs_paths_with_each_steps_evidence() =>
        fixture.RunAsync("explorer-paths", async browser =>
        {
            var explorer = new ExplorerPage(fixture, browser);
            var expected = await PathsAsync(Centre, Target, k: 3);
            Assert.NotEmpty(expected);

            await explorer.OpenAsync($"?actor={Centre}");
            await explorer.ChooseAsync("#target-search", await NameAsync(Target), Target);
            await explorer.WaitForPathsAsync(expected.Count);
            var shown = await ShownPathsAsync(browser);

            Assert.Equal(expected.Count, shown.Count);
            Assert.Equal(expected.Select(p => p.Hops), shown.Select(p => p.Hops));
            Assert.Equal(expected[0].Steps.Select(s => (s.From, s.To)), shown[0].Steps.Select(s => (s.From, s.To)));
            foreach (var (step, shownStep) in expected[0].Steps.Zip(shown[0].Steps))
            {
                if (step.Evidence is { } project)
                {
                    Assert.NotEmpty(shownStep.Evidence);
                    Assert.Contains(shownStep.Evidence, e => Mentions(e, project));
                }
            }

            Assert.Equal(Target, (await explorer.UrlStateAsync())["to"]);
            await browser.ScreenshotAsync("explorer-paths");
        });

    [Fact]
    public Task Heat_map_cells_carry_the_region_matrix_by_country_then_among_the_regions_shown() =>
        fixture.RunAsync("explorer-heatmap", async browser =>
        {
            var explorer = new ExplorerPage(fixture, browser);
            var byCountry = await RegionMatrixAsync("COUNTRY");
            var byRegion = await RegionMatrixAsync("REGION");

            await explorer.OpenAsync();
            await browser.ClickAsync("#tab-heatmap");
            await explorer.WaitForHeatMapAsync();
            var countryCells = await CellsAsync(browser);
            await browser.ScreenshotAsync("explorer-heatmap-country");
            await browser.SelectOptionAsync("#groupBy", "REGION");
            await browser.WaitForFunctionAsync("[...document.querySelectorAll('#heatmap td.cell')].some(c => c.dataset.from.startsWith('region:'))");
            var regionCells = await CellsAsync(browser);
            // By region the page draws the groups with most collaborations (it says how many of all): each of their pairs must be there.
            var shownRegions = regionCells.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).ToHashSet();

            Assert.Equal(Lines(byCountry), Lines(countryCells));
            Assert.True(shownRegions.Count > 1, $"The heat map by region shows {shownRegions.Count} region(s).");
            Assert.Equal(Lines(Among(byRegion, shownRegions)), Lines(regionCells));
            Assert.Equal("heatmap", (await explorer.UrlStateAsync())["view"]);
            Assert.Equal("true", await browser.GetAttributeAsync("#tab-heatmap", "aria-selected"));
            await browser.ScreenshotAsync("explorer-heatmap-region");
        });

    [Fact]
    public Task Heat_map_link_with_a_domain_draws_that_domains_matrix() =>
        fixture.RunAsync("explorer-heatmap-domain", async browser =>
        {
            var explorer = new ExplorerPage(fixture, browser);
            var (domain, expected) = await DomainWithCollaborationsAsync();

            await explorer.OpenAsync($"?view=heatmap&groupBy=COUNTRY&domain={domain}");
            await explorer.WaitForHeatMapAsync();
            var cells = await CellsAsync(browser);

            Assert.Equal(Lines(expected), Lines(cells));
            Assert.Equal(domain, await browser.InputValueAsync("#domain"));
            Assert.Equal("COUNTRY", await browser.InputValueAsync("#groupBy"));
            Assert.Equal("true", await browser.GetAttributeAsync("#tab-heatmap", "aria-selected"));
            await browser.ScreenshotAsync("explorer-heatmap-domain");
        });

    [Fact]
    public Task S3_domain_filter_redraws_the_network_the_API_returns_with_that_filter() =>
        fixture.RunAsync("explorer-domain-filter", async browser =>
        {
            var explorer = new ExplorerPage(fixture, browser);
            var all = await NetworkAsync(Centre);
            var (domain, filtered) = await DomainThatNarrowsAsync(Centre, all.Nodes.Count);

            await explorer.OpenAsync($"?actor={Centre}");
            await explorer.WaitForNetworkAsync(Centre, all.Nodes.Count, all.Edges);
            await browser.SelectOptionAsync("#domain", domain);
            await explorer.WaitForNetworkAsync(Centre, filtered.Nodes.Count, filtered.Edges);

            Assert.Equal(filtered.Nodes.Order(StringComparer.Ordinal), await explorer.DrawnNodeIdsAsync());
            Assert.Equal(domain, (await explorer.UrlStateAsync())["domain"]);
            await browser.ScreenshotAsync("explorer-domain-filter");
            await browser.SelectOptionAsync("#domain", "");
            await explorer.WaitForNetworkAsync(Centre, all.Nodes.Count, all.Edges);
        });

    [Fact]
    public Task Shared_link_restores_centre_target_k_depth_limit_and_domain() =>
        fixture.RunAsync("explorer-shared-link", async browser =>
        {
            var explorer = new ExplorerPage(fixture, browser);
            var (domain, _) = await DomainThatNarrowsAsync(Centre, (await NetworkAsync(Centre)).Nodes.Count);
            var network = await NetworkAsync(Centre, depth: 2, limit: 40, domain: domain);
            var paths = await PathsAsync(Centre, Target, k: 2, domain);
            await explorer.OpenAsync();
            await explorer.ChooseAsync("#actor-search", await NameAsync(Centre), Centre);
            await browser.SelectOptionAsync("#k", "2");
            await browser.SelectOptionAsync("#depth", "2");
            await browser.FillAsync("#limit", "40");
            await browser.PressAsync("Tab");
            await browser.SelectOptionAsync("#domain", domain);
            await explorer.WaitForNetworkAsync(Centre, network.Nodes.Count, network.Edges);
            await explorer.ChooseAsync("#target-search", await NameAsync(Target), Target);
            await explorer.WaitForPathsAsync(paths.Count);
            await browser.ClickAsync("#copy-link");
            await browser.WaitForFunctionAsync("(() => { const s = document.querySelector('#share-url'); return !!s && (s.value || s.textContent || '').includes('actor='); })()");
            var link = (await browser.EvaluateAsync("(() => { const s = document.querySelector('#share-url'); return (s.value || s.textContent).trim(); })()"))!.GetValue<string>();

            await browser.GotoAsync("about:blank");
            await browser.GotoAsync(link);
            await browser.WaitForSelectorAsync("body[data-ready='true']", SelectorState.Attached);
            await explorer.WaitForNetworkAsync(Centre, network.Nodes.Count, network.Edges);
            await explorer.WaitForPathsAsync(paths.Count);

            Assert.StartsWith(fixture.Url("/"), link, StringComparison.Ordinal);
            Assert.Equal(link, await browser.UrlAsync());
            Assert.Equal("2", await browser.InputValueAsync("#k"));
            Assert.Equal("2", await browser.InputValueAsync("#depth"));
            Assert.Equal("40", await browser.InputValueAsync("#limit"));
            Assert.Equal(domain, await browser.InputValueAsync("#domain"));
            Assert.Equal(paths.Select(p => p.Hops), (await ShownPathsAsync(browser)).Select(p => p.Hops));
            Assert.Equal(network.Nodes.Order(StringComparer.Ordinal), await explorer.DrawnNodeIdsAsync());
            await browser.ScreenshotAsync("explorer-shared-link");
        });

    [Fact]
    public Task Search_works_from_the_keyboard_alone_and_every_control_is_labelled() =>
        fixture.RunAsync("explorer-keyboard", async browser =>
        {
            var explorer = new ExplorerPage(fixture, browser);
            var name = await NameAsync(Centre);
            await explorer.OpenAsync();

            var tabs = 0;
            while (tabs < 40 && (await browser.EvaluateAsync("document.activeElement?.id ?? ''"))!.GetValue<string>() != "actor-search")
            {
                await browser.PressAsync("Tab");
                tabs++;
            }

            Assert.True(tabs < 40, "Tab never reached #actor-search.");
            await browser.TypeAsync(null, name);
            await explorer.WaitForSuggestionsAsync("#actor-search", name, Centre);
            await browser.PressAsync("ArrowDown");
            var active = (await browser.EvaluateAsync(ActiveOption))?.GetValue<string>();
            Assert.True(active is not null, "ArrowDown marked no option (aria-activedescendant on the input, or aria-selected on an option).");
            await browser.PressAsync("Enter");
            var expected = await NetworkAsync(active);
            await explorer.WaitForNetworkAsync(active, expected.Nodes.Count, expected.Edges);
            await browser.ScreenshotAsync("explorer-keyboard");
            await browser.FocusAsync("#actor-search");
            await browser.PressAsync("Control+A");
            await browser.TypeAsync(null, name[..Math.Min(4, name.Length)]);
            await explorer.WaitOrFailAsync("#actor-search-list [role='option']", "no suggestion list after typing again");
            await browser.PressAsync("Escape");
            await browser.WaitForSelectorAsync("#actor-search-list [role='option']", SelectorState.Hidden);

            Assert.Equal("combobox", await browser.GetAttributeAsync("#actor-search", "role"));
            Assert.Equal("actor-search-list", await browser.GetAttributeAsync("#actor-search", "aria-controls"));
            Assert.Empty(ExplorerPage.Strings(await browser.EvaluateAsync(UnlabelledControls)));
        });

    [Fact]
    public Task Exports_download_the_drawn_network_as_json_and_png() =>
        fixture.RunAsync("explorer-export", async browser =>
        {
            var explorer = new ExplorerPage(fixture, browser);
            var expected = await NetworkAsync(Centre);
            var json = Path.Combine(BrowserHarness.Screenshots, "explorer-export-network.json");
            var png = Path.Combine(BrowserHarness.Screenshots, "explorer-export-network.png");
            Directory.CreateDirectory(BrowserHarness.Screenshots);

            await explorer.OpenAsync($"?actor={Centre}");
            await explorer.WaitForNetworkAsync(Centre, expected.Nodes.Count, expected.Edges);
            var jsonName = await browser.DownloadAsync("#export-json", json);
            var pngName = await browser.DownloadAsync("#export-png", png);
            var exported = JsonNode.Parse(await File.ReadAllTextAsync(json))!;
            var header = (await File.ReadAllBytesAsync(png))[..8];

            Assert.EndsWith(".json", jsonName, StringComparison.Ordinal);
            Assert.Equal(Centre, exported["center"]!.GetValue<string>());
            Assert.Equal(await browser.UrlAsync(), exported["url"]!.GetValue<string>());
            Assert.Equal(expected.Nodes, exported["network"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            Assert.EndsWith(".png", pngName, StringComparison.Ordinal);
            Assert.Equal(PngSignature, header);
            await browser.ScreenshotAsync("explorer-export");
        });

    private const string ActiveOption =
        "(() => { const input = document.querySelector('#actor-search'); const id = input.getAttribute('aria-activedescendant');"
        + " const option = id ? document.getElementById(id) : document.querySelector('#actor-search-list [role=option][aria-selected=true]');"
        + " return option?.dataset.id ?? null; })()";

    // Visible inputs, selects and buttons without a name a screen reader can say: their ids (or their HTML).
    private const string UnlabelledControls =
        "[...document.querySelectorAll('input, select, button, textarea')]"
        + ".filter(e => e.type !== 'hidden' && e.getClientRects().length > 0)"
        + ".filter(e => !(e.labels?.length || e.getAttribute('aria-label')?.trim() || e.getAttribute('aria-labelledby') || e.getAttribute('title')?.trim() || (e.tagName === 'BUTTON' && e.textContent.trim())))"
        + ".map(e => e.id || e.outerHTML.slice(0, 80))";

    [Fact]
    public Task Choosing_a_heat_map_cell_lists_the_APIs_connectors_between_its_two_groups() =>
        fixture.RunAsync("explorer-bridges", async browser =>
        {
            var explorer = new ExplorerPage(fixture, browser);
            var expected = (await fixture.Api.DataAsync(
                "{ connectors(from: { country: \"PL\" }, to: { country: \"DE\" }, first: 10) { actor { id } } }"))["connectors"]!
                .AsArray().Select(c => c!["actor"]!["id"]!.GetValue<string>()).ToList();
            Assert.NotEmpty(expected);

            await explorer.OpenAsync("?view=heatmap");
            await explorer.WaitForHeatMapAsync();
            await browser.FocusAsync("#heatmap td.cell[data-from='PL'][data-to='DE'] button");
            await browser.PressAsync("Enter");
            await explorer.WaitForItemsAsync("#bridges", ".connector");
            var shown = ExplorerPage.Strings(await browser.EvaluateAsync("[...document.querySelectorAll('#bridges .connector')].map(c => c.dataset.id)"));

            Assert.Equal(expected, shown);
            await browser.ScreenshotAsync("explorer-bridges");
            await browser.ClickAsync("#bridges .connector:first-child button");
            var network = await NetworkAsync(expected[0]);
            await explorer.WaitForNetworkAsync(expected[0], network.Nodes.Count, network.Edges);
            Assert.Equal("true", await browser.GetAttributeAsync("#tab-network", "aria-selected"));
        });

    [Fact]
    public Task Suggest_partners_lists_the_APIs_suggestions_for_the_centre_and_draws_the_introduction() =>
        fixture.RunAsync("explorer-suggestions", async browser =>
        {
            var explorer = new ExplorerPage(fixture, browser);
            var expected = (await fixture.Api.DataAsync(
                "query($a: ID!) { partnerSuggestions(actor: $a, first: 8) { actor { id } } }", new { a = Centre }))["partnerSuggestions"]!
                .AsArray().Select(c => c!["actor"]!["id"]!.GetValue<string>()).ToList();
            Assert.NotEmpty(expected);
            var network = await NetworkAsync(Centre);

            await explorer.OpenAsync($"?actor={Centre}");
            await explorer.WaitForNetworkAsync(Centre, network.Nodes.Count, network.Edges);
            await browser.ClickAsync("#suggest");
            await explorer.WaitForItemsAsync("#suggestions", ".suggestion");
            var shown = ExplorerPage.Strings(await browser.EvaluateAsync("[...document.querySelectorAll('#suggestions .suggestion')].map(c => c.dataset.id)"));

            Assert.Equal(expected, shown);
            await browser.ClickAsync("#suggestions .suggestion:first-child button:text-is('Paths to here')");
            var paths = await PathsAsync(Centre, expected[0], k: 3);
            await explorer.WaitForPathsAsync(paths.Count);
            Assert.Equal(expected[0], (await explorer.UrlStateAsync())["to"]);
            await browser.ScreenshotAsync("explorer-suggestions");
        });

    [Fact]
    public Task Exports_of_the_heat_map_hold_the_region_matrix_and_a_png() =>
        fixture.RunAsync("explorer-export-heatmap", async browser =>
        {
            var explorer = new ExplorerPage(fixture, browser);
            var expected = await RegionMatrixAsync("COUNTRY");
            var json = Path.Combine(BrowserHarness.Screenshots, "explorer-export-heatmap.json");
            var png = Path.Combine(BrowserHarness.Screenshots, "explorer-export-heatmap.png");
            Directory.CreateDirectory(BrowserHarness.Screenshots);

            await explorer.OpenAsync("?view=heatmap");
            await explorer.WaitForHeatMapAsync();
            await browser.DownloadAsync("#export-json", json);
            await browser.DownloadAsync("#export-png", png);
            var exported = JsonNode.Parse(await File.ReadAllTextAsync(json))!;
            var links = exported["regionMatrix"]!.AsArray()
                .ToDictionary(l => Pair(l!["from"]!.GetValue<string>(), l["to"]!.GetValue<string>()), l => l!["collaborations"]!.GetValue<int>());
            var header = (await File.ReadAllBytesAsync(png))[..8];

            Assert.Equal("heatmap", exported["view"]!.GetValue<string>());
            Assert.Equal(Lines(expected), Lines(links));
            Assert.Equal(PngSignature, header);
        });

    [Fact]
    public Task An_api_key_entered_in_the_explorer_is_sent_with_its_requests_and_never_put_in_the_url() =>
        fixture.RunAsync(
            "explorer-api-key",
            async browser =>
            {
                var explorer = new ExplorerPage(fixture, browser);
                var network = await NetworkAsync(Centre);
                const string Drawn = "document.querySelector('#status').textContent.includes(' actors and ')";
                const string Refused = "document.querySelector('#status').textContent.includes('UNAUTHENTICATED')";

                await explorer.OpenAsync($"?actor={Centre}");
                await explorer.WaitForNetworkAsync(Centre, network.Nodes.Count, network.Edges);
                await browser.ClickAsync("#access summary");
                await browser.FillAsync("#api-key", "not-a-key-of-this-service");
                await browser.ClickAsync("#api-key-use");
                // A key sent and refused is refused even for reading: the page says so and how to fix it.
                await browser.WaitForFunctionAsync(Refused);
                var refusal = await browser.TextContentAsync("#status");
                await browser.ClickAsync("#access summary");
                await browser.FillAsync("#api-key", TestCredentials.ReaderKey);
                await browser.ClickAsync("#api-key-use");
                await browser.WaitForFunctionAsync(Drawn);

                Assert.Contains("API key", refusal, StringComparison.Ordinal);
                Assert.DoesNotContain(TestCredentials.ReaderKey, await browser.UrlAsync(), StringComparison.Ordinal);
                Assert.DoesNotContain("not-a-key", await browser.UrlAsync(), StringComparison.Ordinal);
                await browser.ScreenshotAsync("explorer-api-key");
            },
            allowConsoleError: e => e.Contains("status of 401", StringComparison.Ordinal));

    [Fact]
    public Task The_explorer_passes_axe_core_accessibility_checks_in_each_view() =>
        fixture.RunAsync("explorer-accessibility", async browser =>
        {
            var explorer = new ExplorerPage(fixture, browser);
            var paths = await PathsAsync(Centre, Target, k: 3);
            var violations = new List<string>();

            await explorer.OpenAsync($"?actor={Centre}&to={Target}");
            await explorer.WaitForPathsAsync(paths.Count);
            await browser.ClickAsync("#suggest");
            await browser.WaitForSelectorAsync("#suggestions .suggestion");
            violations.AddRange((await browser.AccessibilityViolationsAsync()).Select(v => "network view: " + v));
            await browser.ClickAsync("#tab-heatmap");
            await explorer.WaitForHeatMapAsync();
            await browser.ClickAsync("#heatmap td.cell[data-from='PL'][data-to='DE'] button");
            await browser.WaitForSelectorAsync("#bridges .connector");
            violations.AddRange((await browser.AccessibilityViolationsAsync()).Select(v => "heat map: " + v));
            await browser.SelectOptionAsync("#groupBy", "REGION");
            await browser.WaitForFunctionAsync("[...document.querySelectorAll('#heatmap td.cell')].some(c => c.dataset.from.startsWith('region:'))");
            violations.AddRange((await browser.AccessibilityViolationsAsync()).Select(v => "heat map by region: " + v));

            Assert.True(violations.Count == 0, string.Join('\n', violations));
        });

    [Fact]
    public Task Choosing_an_actor_in_view_from_the_list_shows_its_details_and_recentres_there() =>
        fixture.RunAsync("explorer-actor-in-view", async browser =>
        {
            var explorer = new ExplorerPage(fixture, browser);
            var network = await NetworkAsync(Centre);
            var other = network.Nodes.First(id => id != Centre);
            var name = await NameAsync(other);
            var recentred = await NetworkAsync(other);

            await explorer.OpenAsync($"?actor={Centre}");
            await explorer.WaitForNetworkAsync(Centre, network.Nodes.Count, network.Edges);
            await browser.SelectOptionAsync("#node-pick", other);
            await browser.WaitForSelectorAsync("#details #center-here");
            var heading = await browser.TextContentAsync("#details h3");
            var selected = ExplorerPage.Strings(await browser.EvaluateAsync("window.gosmart.cy.nodes(':selected').map(n => n.id())"));
            await browser.ClickAsync("#center-here");
            await explorer.WaitForNetworkAsync(other, recentred.Nodes.Count, recentred.Edges);

            Assert.Equal(name, heading);
            Assert.Equal([other], selected);
            Assert.Equal(other, (await explorer.UrlStateAsync())["actor"]);
        });

    private async Task<string> NameAsync(string actor) =>
        (await fixture.Api.DataAsync("query($id: ID!) { actor(id: $id) { name } }", new { id = actor }))["actor"]!["name"]!.GetValue<string>();

    private async Task<NetworkCounts> NetworkAsync(string centre, int depth = 1, int limit = 200, string? domain = null)
    {
        var data = await fixture.Api.DataAsync(
            "query($c: ID!, $d: Int, $l: Int, $f: ActorFilter) { network(center: $c, depth: $d, limit: $l, filter: $f) { nodes { id } edges { source } } }",
            new { c = centre, d = depth, l = limit, f = domain is null ? null : new { s3DomainIn = new[] { domain } } });
        var network = data["network"]!;
        return new NetworkCounts(
            network["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList(),
            network["edges"]!.AsArray().Count);
    }

    // The first S3 domain whose filter leaves more than the centre but fewer nodes than no filter.
    private async Task<(string Domain, NetworkCounts Network)> DomainThatNarrowsAsync(string centre, int unfiltered)
    {
        var domains = await fixture.Api.DataAsync("{ s3Domains { id } }");
        foreach (var domain in domains["s3Domains"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()))
        {
            var network = await NetworkAsync(centre, domain: domain);
            if (network.Nodes.Count > 1 && network.Nodes.Count < unfiltered)
            {
                return (domain, network);
            }
        }

        throw new InvalidOperationException($"No S3 domain of {centre} narrows its network: choose another centre for this test.");
    }

    // The explorer asks for paths of at most 6 steps (its panel says so), through actors of the chosen domain when there is one.
    // The first S3 domain with collaborations between countries, and its matrix by country.
    private async Task<(string Domain, IReadOnlyDictionary<(string, string), int> Matrix)> DomainWithCollaborationsAsync()
    {
        var all = await RegionMatrixAsync("COUNTRY");
        var domains = await fixture.Api.DataAsync("{ s3Domains { id } }");
        foreach (var domain in domains["s3Domains"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()))
        {
            var matrix = await RegionMatrixAsync("COUNTRY", domain);
            if (matrix.Keys.Any(k => k.Item1 != k.Item2) && !Lines(matrix).SequenceEqual(Lines(all)))
            {
                return (domain, matrix);
            }
        }

        throw new InvalidOperationException("No S3 domain has collaborations between countries: the seed changed.");
    }

    private async Task<IReadOnlyList<ApiPath>> PathsAsync(string from, string to, int k, string? domain = null)
    {
        var data = await fixture.Api.DataAsync(
            "query($f: ID!, $t: ID!, $k: Int, $c: PathConstraints) { paths(from: $f, to: $t, k: $k, maxHops: 6, constraints: $c) {"
            + " hops steps { from { id } to { id } collaboration { evidence(first: 1) { id acronym title } } } } }",
            new { f = from, t = to, k, c = domain is null ? null : new { intermediaryDomain = domain } });
        return data["paths"]!.AsArray().Select(p => new ApiPath(
            p!["hops"]!.GetValue<int>(),
            p["steps"]!.AsArray().Select(s => new ApiStep(
                s!["from"]!["id"]!.GetValue<string>(),
                s["to"]!["id"]!.GetValue<string>(),
                s["collaboration"]?["evidence"]?.AsArray().FirstOrDefault())).ToList())).ToList();
    }

    private async Task<IReadOnlyDictionary<(string, string), int>> RegionMatrixAsync(string groupBy, string? domain = null)
    {
        var data = await fixture.Api.DataAsync(
            $"query($d: ID) {{ regionMatrix(groupBy: {groupBy}, s3Domain: $d) {{ from to collaborations }} }}", new { d = domain });
        return data["regionMatrix"]!.AsArray().ToDictionary(
            l => Pair(l!["from"]!.GetValue<string>(), l["to"]!.GetValue<string>()),
            l => l!["collaborations"]!.GetValue<int>());
    }

    // The heat map may draw both halves of the symmetric matrix: each unordered pair must carry one value.
    private static async Task<IReadOnlyDictionary<(string, string), int>> CellsAsync(BrowserSession browser)
    {
        var cells = await browser.EvaluateAsync(
            "[...document.querySelectorAll('#heatmap td.cell')].map(c => [c.dataset.from, c.dataset.to, c.dataset.value])");
        var byPair = new Dictionary<(string, string), int>();
        foreach (var cell in cells!.AsArray())
        {
            var key = Pair(cell![0]!.GetValue<string>(), cell[1]!.GetValue<string>());
            var value = int.Parse(cell[2]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(!byPair.TryGetValue(key, out var other) || other == value, $"Cells {key} disagree: {other} and {value}.");
            byPair[key] = value;
        }

        return byPair;
    }

    private static async Task<IReadOnlyList<ShownPath>> ShownPathsAsync(BrowserSession browser)
    {
        var paths = await browser.EvaluateAsync(
            "[...document.querySelectorAll('#paths .path')].map(p => ({ hops: p.dataset.hops, steps: [...p.querySelectorAll('.step')].map(s => ({"
            + " from: s.dataset.from, to: s.dataset.to, evidence: [...s.querySelectorAll('.evidence li')].map(li => li.textContent) })) }))");
        return paths!.AsArray().Select(p => new ShownPath(
            int.Parse(p!["hops"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            p["steps"]!.AsArray().Select(s => new ShownStep(
                s!["from"]!.GetValue<string>(),
                s["to"]!.GetValue<string>(),
                ExplorerPage.Strings(s["evidence"]))).ToList())).ToList();
    }

    // A project without acronym and title can only be shown by its id.
    private static bool Mentions(string shown, JsonNode project) =>
        new[] { project["acronym"]?.GetValue<string>(), project["title"]?.GetValue<string>(), project["id"]!.GetValue<string>().Split(':')[1] }
            .Any(text => !string.IsNullOrEmpty(text) && shown.Contains(text, StringComparison.Ordinal));

    private static Dictionary<(string, string), int> Among(IReadOnlyDictionary<(string, string), int> cells, HashSet<string> groups) =>
        cells.Where(c => groups.Contains(c.Key.Item1) && groups.Contains(c.Key.Item2)).ToDictionary();

    private static List<string> Lines(IReadOnlyDictionary<(string, string), int> cells) =>
        cells.Select(c => $"{c.Key.Item1} {c.Key.Item2} {c.Value}").Order(StringComparer.Ordinal).ToList();

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private sealed record NetworkCounts(IReadOnlyList<string> Nodes, int Edges);

    private sealed record ApiPath(int Hops, IReadOnlyList<ApiStep> Steps);

    private sealed record ApiStep(string From, string To, JsonNode? Evidence);

    private sealed record ShownPath(int Hops, IReadOnlyList<ShownStep> Steps);

    private sealed record ShownStep(string From, string To, IReadOnlyList<string> Evidence);
}
