using System.Text.Json;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// Everything a store answers about a graph, as text: every read of the port over every id, filters, sort
/// orders, pages both ways and the snapshot. Two stores holding the same graph must describe it the same.
/// </summary>
public static class StoreDescription
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private static readonly CancellationToken Ct = CancellationToken.None;

    public static async Task<Dictionary<string, string>> DescribeAsync(IGraphStore store, bool includeSearch = true)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, object? value) => d[key] = JsonSerializer.Serialize(value, Json);

        var stats = await store.GetStatsAsync(Ct);
        Add("stats", stats with
        {
            ActorsByKind = new SortedDictionary<ActorKind, int>(stats.ActorsByKind.ToDictionary()),
            ActorsByCountry = new SortedDictionary<string, int>(stats.ActorsByCountry.ToDictionary(), StringComparer.Ordinal),
        });
        Add("version", await store.GetVersionAsync(Ct));
        Add("empty", await store.IsEmptyAsync(Ct));
        var regions = await store.ListRegionsAsync(Ct);
        Add("regions", regions);
        var domains = await store.ListDomainsAsync(Ct);
        Add("domains", domains);
        var actorIds = await AllAsync(p => store.QueryActorsAsync(new ActorQuery(null, [], p), Ct), a => a.Id);
        var projectIds = await AllAsync(p => store.QueryProjectsAsync(new ProjectQuery(null, p), Ct), p => p.Id);
        var someIds = actorIds.Append("actor:missing").ToArray();
        Add("actors", Sorted(await store.GetActorsAsync(someIds, Ct)));
        Add("projects", Sorted(await store.GetProjectsAsync(projectIds.Append("project:missing").ToArray(), Ct)));
        Add("regionsById", Sorted(await store.GetRegionsAsync(regions.Select(r => r.Id).Append("region:XX").ToArray(), Ct)));
        Add("domainsById", Sorted(await store.GetDomainsAsync(domains.Select(x => x.Id).Append("domain:none").ToArray(), Ct)));
        Add("actorMetrics", Sorted(await store.GetActorMetricsAsync(someIds, Ct)));
        Add("projectMetrics", Sorted(await store.GetProjectMetricsAsync(projectIds, Ct)));
        Add("actorDomains", Sorted(await store.GetActorDomainsAsync(someIds, Ct)));
        Add("regionPriorities", Sorted(await store.GetRegionPrioritiesAsync(regions.Select(r => r.Id).ToArray(), Ct)));
        Add("domainPriorities", Sorted(await store.GetDomainPrioritiesAsync(domains.Select(x => x.Id).ToArray(), Ct)));
        var neighbours = await store.GetNeighboursAsync(someIds, Ct);
        Add("neighbours", Sorted(neighbours));
        Add("memberships", Sorted(await store.GetMembershipsAsync(someIds, Ct)));
        var pairs = neighbours.SelectMany(kv => kv.Value.Select(c => new ActorPair(c.ActorId, c.OtherActorId))).Distinct().ToArray();
        Add("shared", (await store.GetSharedProjectsAsync(pairs, 2, Ct)).OrderBy(kv => kv.Key.First, StringComparer.Ordinal)
            .ThenBy(kv => kv.Key.Second, StringComparer.Ordinal).Select(kv => new { kv.Key.First, kv.Key.Second, kv.Value }));
        foreach (var id in actorIds.Take(12))
        {
            Add($"collaborators {id}", await PagesAsync(p => store.GetCollaboratorsAsync(id, p, Ct)));
            Add($"participations {id}", await PagesAsync(p => store.GetActorParticipationsAsync(id, p, Ct)));
        }

        foreach (var id in projectIds.Take(12))
        {
            Add($"participants {id}", await PagesAsync(p => store.GetProjectParticipationsAsync(id, p, Ct)));
        }

        var regionId = regions.FirstOrDefault(r => r.ParentId is null)?.Id ?? "region:DE";
        var domainId = domains.Count > 0 ? domains[0].Id : "domain:x";
        ActorFilter[] filters =
        [
            new() { Kinds = [ActorKind.Research, ActorKind.Company] },
            new() { Countries = ["de", "PL"] },
            new() { RegionIds = [regionId] },
            new() { S3DomainIds = [domainId] },
            new() { NameContains = "  HAMBURG " },
            new() { NameContains = "bialostocka" },
            new() { Sme = true },
            new() { Kinds = [] },
            new() { Or = [new() { Countries = ["DK"] }, new() { Sme = false }] },
            new() { And = [new() { Countries = ["DE"] }, new() { Kinds = [ActorKind.Authority] }] },
        ];
        for (var i = 0; i < filters.Length; i++)
        {
            Add($"count {i}", await store.CountActorsAsync(filters[i], Ct));
            Add($"filter {i}", await PagesAsync(p => store.QueryActorsAsync(new ActorQuery(filters[i], [], p), Ct)));
        }

        IReadOnlyList<ActorSort>[] orders =
        [
            [new(ActorSortField.Degree, SortDirection.Descending)],
            [new(ActorSortField.ProjectCount, SortDirection.Ascending), new(ActorSortField.Name, SortDirection.Descending)],
            [new(ActorSortField.Name, SortDirection.Descending)],
        ];
        for (var i = 0; i < orders.Length; i++)
        {
            Add($"order {i}", await PagesAsync(p => store.QueryActorsAsync(new ActorQuery(null, orders[i], p), Ct)));
        }

        ProjectFilter[] projectFilters =
        [
            new() { S3DomainIds = [domainId] },
            new() { StartYearFrom = 2018, StartYearTo = 2020 },
            new() { ParticipantCountries = ["pl"] },
            new() { TextContains = "P1" },
            new() { ProgrammeParts = ["sc2"] },
        ];
        for (var i = 0; i < projectFilters.Length; i++)
        {
            Add($"project count {i}", await store.CountProjectsAsync(projectFilters[i], Ct));
            Add($"project filter {i}", await PagesAsync(p => store.QueryProjectsAsync(new ProjectQuery(projectFilters[i], p), Ct)));
        }

        if (includeSearch)
        {
            foreach (var text in new[] { "hamburg", "ham inst", "BIAŁYSTOK", "hwwi", "a", "\"OR*(", "zzz" })
            {
                Add($"search {text}", (await store.SearchActorsAsync(text, 5, Ct)).Select(h => h.Actor.Id));
            }
        }

        var snapshot = await store.GetSnapshotAsync(Ct);
        Add("snapshot", snapshot);
        return d;
    }

    /// <summary>Pages forward three at a time, then backward from the end: the edges, cursors and page flags.</summary>
    private static async Task<List<object>> PagesAsync<T>(Func<PageRequest, Task<Page<T>>> read)
    {
        var pages = new List<object>();
        string? after = null;
        string? last = null;
        for (var i = 0; i < 50; i++)
        {
            var page = await read(new PageRequest(First: 3, After: after));
            pages.Add(page);
            last = page.EndCursor ?? last;
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.EndCursor;
        }

        if (last is not null)
        {
            pages.Add(await read(new PageRequest(Last: 2, Before: last)));
            pages.Add(await read(new PageRequest(First: 5, After: null, Last: 2)));
        }

        return pages;
    }

    private static async Task<List<string>> AllAsync<T>(Func<PageRequest, Task<Page<T>>> read, Func<T, string> id)
    {
        var ids = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await read(new PageRequest(First: 100, After: after));
            ids.AddRange(page.Edges.Select(e => id(e.Node)));
            if (!page.HasNextPage)
            {
                return ids;
            }

            after = page.EndCursor;
        }
    }

    private static SortedDictionary<string, T> Sorted<T>(IReadOnlyDictionary<string, T> map) =>
        new(map.ToDictionary(), StringComparer.Ordinal);
}
