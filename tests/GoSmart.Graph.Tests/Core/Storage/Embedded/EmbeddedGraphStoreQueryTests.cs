using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Core.Text;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Storage.Embedded;

public sealed class EmbeddedGraphStoreQueryTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public static TheoryData<string> Orders => ["", "Name.Ascending", "Name.Descending", "Degree.Descending", "Degree.Ascending,Name.Descending", "ProjectCount.Descending,Degree.Ascending", "ProjectCount.Ascending"];

    public void Dispose() => directory.Dispose();

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task QueryActorsAsync_pages_forward_and_backward_through_every_actor_in_order(string order)
    {
        await using var store = await OpenWithGrid();
        var sorts = ParseOrder(order);
        var expected = await ExpectedOrder(store, sorts);

        var forward = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await store.QueryActorsAsync(new ActorQuery(null, sorts, new PageRequest(First: 7, After: after)), Ct);
            Assert.Equal(after is not null, page.HasPreviousPage);
            forward.AddRange(page.Edges.Select(e => e.Node.Id));
            pages++;
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.EndCursor;
        }

        var backward = new List<string>();
        string? before = null;
        while (true)
        {
            var page = await store.QueryActorsAsync(new ActorQuery(null, sorts, new PageRequest(Last: 7, Before: before)), Ct);
            Assert.Equal(before is not null, page.HasNextPage);
            backward.InsertRange(0, page.Edges.Select(e => e.Node.Id));
            if (!page.HasPreviousPage)
            {
                break;
            }

            before = page.StartCursor;
        }

        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
        Assert.Equal((expected.Count + 6) / 7, pages);
    }

    [Fact]
    public async Task QueryActorsAsync_cursor_stays_valid_when_rows_are_inserted_before_it()
    {
        await using var store = await OpenWithGrid();
        var query = new ActorQuery(null, [], PageRequest.FirstN(5));
        var firstPage = await store.QueryActorsAsync(query, Ct);
        await store.ApplyAsync(new GraphBuilder().Actor("aaa-early-1", "AAA early").Actor("aaa-early-2", "AAA earlier").Build(), Ct);

        var next = await store.QueryActorsAsync(query with { Page = new PageRequest(First: 5, After: firstPage.EndCursor) }, Ct);
        var expected = (await ExpectedOrder(store, [])).SkipWhile(id => id != firstPage.Edges[^1].Node.Id).Skip(1).Take(5);

        Assert.Equal(expected, next.Edges.Select(e => e.Node.Id));
    }

    [Theory]
    [InlineData("not a cursor!")]
    [InlineData("eyJub3QiOiJhbiBhcnJheSJ9")]
    [InlineData("WyJhY3RvcnM6TkFNRS5BU0MiLDEsMl0")]
    public async Task QueryActorsAsync_malformed_cursor_throws_InvalidCursorException(string cursor)
    {
        await using var store = await OpenWithGrid();

        var error = await Assert.ThrowsAsync<InvalidCursorException>(() =>
            store.QueryActorsAsync(new ActorQuery(null, [], new PageRequest(First: 5, After: cursor)), Ct));

        Assert.Contains("cursor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryActorsAsync_cursor_from_another_order_throws_InvalidCursorException()
    {
        await using var store = await OpenWithGrid();
        var byName = await store.QueryActorsAsync(new ActorQuery(null, [], PageRequest.FirstN(3)), Ct);
        var byDegree = new ActorQuery(null, [new ActorSort(ActorSortField.Degree, SortDirection.Descending)], new PageRequest(First: 3, After: byName.EndCursor));

        var error = await Assert.ThrowsAsync<InvalidCursorException>(() => store.QueryActorsAsync(byDegree, Ct));

        Assert.Contains("DEGREE.DESC", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kinds", "a,b")]
    [InlineData("countries", "a,e")]
    [InlineData("region-country", "b,c,f")]
    [InlineData("region-nuts2", "b,c")]
    [InlineData("domain", "a,b,f")]
    [InlineData("name", "a")]
    [InlineData("alt-name", "a")]
    [InlineData("sme", "e")]
    [InlineData("and-or", "a,c,e")]
    [InlineData("empty", "a,b,c,d,e,f")]
    public async Task QueryActorsAsync_filters_by_each_field(string name, string expected)
    {
        await using var store = await Open();
        await store.ApplyAsync(TestGraphs.Partners(), Ct);
        var filter = name switch
        {
            "kinds" => new ActorFilter { Kinds = [ActorKind.Research] },
            "countries" => new ActorFilter { Countries = ["pl"] },
            "region-country" => new ActorFilter { RegionIds = ["region:DE"] },
            "region-nuts2" => new ActorFilter { RegionIds = ["region:DE60"] },
            "domain" => new ActorFilter { S3DomainIds = ["domain:ict"] },
            "name" => new ActorFilter { NameContains = "BIALYSTOK UNIV" },
            "alt-name" => new ActorFilter { NameContains = "politechnika" },
            "sme" => new ActorFilter { Sme = true },
            "and-or" => new ActorFilter
            {
                Or = [new ActorFilter { Countries = ["PL"] }, new ActorFilter { Kinds = [ActorKind.Authority] }],
                And = [new ActorFilter { Or = [new ActorFilter { NameContains = "a" }] }],
            },
            _ => new ActorFilter(),
        };

        var page = await store.QueryActorsAsync(new ActorQuery(filter, [], PageRequest.FirstN(50)), Ct);
        var count = await store.CountActorsAsync(filter, Ct);

        var ids = page.Edges.Select(e => e.Node.Id["actor:".Length..]).Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(',', ids));
        Assert.Equal(expected.Split(',').Length, count);
    }

    [Fact]
    public async Task QueryActorsAsync_name_contains_treats_like_wildcards_as_text()
    {
        await using var store = await Open();
        await store.ApplyAsync(new GraphBuilder().Region("DE", "DE").Actor("a", "100% Organic").Actor("b", "1000 Organic").Build(), Ct);

        var count = await store.CountActorsAsync(new ActorFilter { NameContains = "100%" }, Ct);

        Assert.Equal(1, count);
    }

    [Fact]
    public async Task QueryProjectsAsync_pages_most_recent_first_and_filters()
    {
        await using var store = await Open();
        await store.ApplyAsync(TestGraphs.Partners(), Ct);

        var first = await store.QueryProjectsAsync(new ProjectQuery(null, PageRequest.FirstN(2)), Ct);
        var rest = await store.QueryProjectsAsync(new ProjectQuery(null, new PageRequest(First: 5, After: first.EndCursor)), Ct);
        var back = await store.QueryProjectsAsync(new ProjectQuery(null, new PageRequest(Last: 1, Before: rest.StartCursor)), Ct);

        Assert.Equal(["project:p3", "project:p2"], first.Edges.Select(e => e.Node.Id));
        Assert.Equal(["project:p1", "project:p4"], rest.Edges.Select(e => e.Node.Id));
        Assert.Equal(["project:p2"], back.Edges.Select(e => e.Node.Id));
        Assert.True(back.HasPreviousPage);
        Assert.Equal(2, await store.CountProjectsAsync(new ProjectFilter { S3DomainIds = ["domain:agri-food"] }, Ct));
        Assert.Equal(2, await store.CountProjectsAsync(new ProjectFilter { StartYearFrom = 2019, StartYearTo = 2020 }, Ct));
        Assert.Equal(1, await store.CountProjectsAsync(new ProjectFilter { ParticipantCountries = ["DK"] }, Ct));
        Assert.Equal(4, await store.CountProjectsAsync(new ProjectFilter { ProgrammeParts = ["sc2"] }, Ct));
        Assert.Equal(1, await store.CountProjectsAsync(new ProjectFilter { TextContains = "project p3" }, Ct));
    }

    private static List<ActorSort> ParseOrder(string order) =>
        [.. order.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var bits = part.Split('.');
            return new ActorSort(Enum.Parse<ActorSortField>(bits[0]), Enum.Parse<SortDirection>(bits[1]));
        })];

    private static async Task<List<string>> ExpectedOrder(EmbeddedGraphStore store, List<ActorSort> sorts)
    {
        var all = await store.QueryActorsAsync(new ActorQuery(null, [], PageRequest.FirstN(10_000)), Ct);
        var ids = all.Edges.Select(e => e.Node.Id).ToArray();
        var metrics = await store.GetActorMetricsAsync(ids, Ct);
        var names = all.Edges.ToDictionary(e => e.Node.Id, e => TextFold.Fold(e.Node.Name));
        List<ActorSort> effective = sorts.Count == 0 ? [new ActorSort(ActorSortField.Name, SortDirection.Ascending)] : sorts;
        var list = ids.ToList();
        list.Sort((x, y) =>
        {
            foreach (var sort in effective)
            {
                var c = sort.Field switch
                {
                    ActorSortField.Name => string.CompareOrdinal(names[x], names[y]),
                    ActorSortField.Degree => metrics[x].Degree.CompareTo(metrics[y].Degree),
                    _ => metrics[x].ProjectCount.CompareTo(metrics[y].ProjectCount),
                };
                if (c != 0)
                {
                    return sort.Direction == SortDirection.Descending ? -c : c;
                }
            }

            return string.CompareOrdinal(x, y);
        });
        return list;
    }

    private async Task<EmbeddedGraphStore> OpenWithGrid()
    {
        var store = await Open();
        var builder = new GraphBuilder().Region("DE", "DE");
        for (var i = 0; i < 60; i++)
        {
            // Repeated names and few distinct degrees make ties, so the id tie-breaker is exercised.
            builder.Actor($"g{i:D2}", $"Grid Ąctor {i % 9}");
        }

        for (var i = 0; i < 30; i++)
        {
            builder.Project($"gp{i:D2}", 2010 + (i % 10), [.. Enumerable.Range(0, 1 + (i % 4)).Select(k => $"g{(i * 3 + k * 11) % 60:D2}")]);
        }

        await store.ApplyAsync(builder.Build(), Ct);
        return store;
    }

    private Task<EmbeddedGraphStore> Open() =>
        EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
}
