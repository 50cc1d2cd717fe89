using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Core.Text;
using GoSmart.Graph.Neo4j.Cypher;
using GoSmart.Graph.Neo4j.Http;

namespace GoSmart.Graph.Neo4j;

/// <summary>Lookups, filtered lists and search.</summary>
public sealed partial class Neo4jGraphStore
{
    /// <summary>Most matches the full-text index hands over per search, to be ranked here (the embedded store ranks at most 1,000).</summary>
    private const int SearchCandidatesMax = 2_000;

    public async Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        await ByIdAsync(Statements.ActorsById, ids, Records.Actor, a => a.Id, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyDictionary<string, Region>> GetRegionsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var all = await RegionsAsync(cancellationToken).ConfigureAwait(false);
        return ids.Distinct(StringComparer.Ordinal).Where(all.ContainsKey).ToDictionary(id => id, id => all[id], StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Region>> ListRegionsAsync(CancellationToken cancellationToken) =>
        [.. (await RegionsAsync(cancellationToken).ConfigureAwait(false)).Values.OrderBy(r => r.Id, StringComparer.Ordinal)];

    public async Task<IReadOnlyDictionary<string, S3Domain>> GetDomainsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        await ByIdAsync(Statements.DomainsById, ids, Records.Domain, d => d.Id, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<S3Domain>> ListDomainsAsync(CancellationToken cancellationToken)
    {
        var result = await ReadAsync(Statements.AllDomains, Params(), cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(r => Records.Domain(r.Map("node"))).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        await ByIdAsync(Statements.ProjectsById, ids, Records.Project, p => p.Id, cancellationToken).ConfigureAwait(false);

    public async Task<Page<Actor>> QueryActorsAsync(ActorQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var regions = await RegionsAsync(cancellationToken).ConfigureAwait(false);
        var (keys, tag) = ActorOrder(query.Order);
        var ps = new CypherParameters();
        var where = CypherFilter.Actors(query.Filter, regions, ps);
        return await CypherPager.PageAsync(
            s => ReadAsync(s, cancellationToken), "MATCH (a:Actor)", where, ps, keys, "a", "a {.*} AS node", tag, query.Page,
            r => Records.Actor(r.Map("node"))).ConfigureAwait(false);
    }

    public async Task<int> CountActorsAsync(ActorFilter? filter, CancellationToken cancellationToken)
    {
        var regions = await RegionsAsync(cancellationToken).ConfigureAwait(false);
        var ps = new CypherParameters();
        var where = CypherFilter.Actors(filter, regions, ps);
        var result = await ReadAsync(new Statement($"MATCH (a:Actor)\nWHERE {where}\nRETURN count(a) AS n", ps.Values), cancellationToken).ConfigureAwait(false);
        return result.Records.Single().Int("n");
    }

    public async Task<Page<Project>> QueryProjectsAsync(ProjectQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        CypherKey[] keys = [new("coalesce(p.startDate, '')", Descending: true, IsText: true), new("p.id", Descending: false, IsText: true)];
        var ps = new CypherParameters();
        var where = CypherFilter.Projects(query.Filter, ps);
        return await CypherPager.PageAsync(
            s => ReadAsync(s, cancellationToken), "MATCH (p:Project)", where, ps, keys, "p", "p {.*} AS node", "projects:start.desc", query.Page,
            r => Records.Project(r.Map("node"))).ConfigureAwait(false);
    }

    public async Task<int> CountProjectsAsync(ProjectFilter? filter, CancellationToken cancellationToken)
    {
        var ps = new CypherParameters();
        var where = CypherFilter.Projects(filter, ps);
        var result = await ReadAsync(new Statement($"MATCH (p:Project)\nWHERE {where}\nRETURN count(p) AS n", ps.Values), cancellationToken).ConfigureAwait(false);
        return result.Records.Single().Int("n");
    }

    public async Task<IReadOnlyList<SearchHit>> SearchActorsAsync(string text, int first, CancellationToken cancellationToken)
    {
        var words = string.IsNullOrWhiteSpace(text) ? [] : TextFold.Words(text);
        if (words.Count == 0 || first <= 0)
        {
            return [];
        }

        var queryKey = string.Join(' ', words);
        var result = await ReadAsync(Statements.SearchCandidates, Params(("query", LuceneQuery.ForWords(words)), ("key", queryKey), ("limit", SearchCandidatesMax)), cancellationToken).ConfigureAwait(false);
        return [.. result.Records
            .Select(r => r.Map("node"))
            .Select(m => (Actor: Records.Actor(m), Degree: m.GetValueOrDefault("degree") as long? ?? 0))
            .Select(h => (Hit: new SearchHit(h.Actor, SearchScore.Of(h.Actor, words, queryKey)), h.Degree))
            .OrderByDescending(h => h.Hit.Score)
            .ThenByDescending(h => h.Degree)
            .ThenBy(h => h.Hit.Actor.Id, StringComparer.Ordinal)
            .Take(first)
            .Select(h => h.Hit)];
    }

    private static (CypherKey[] Keys, string Tag) ActorOrder(IReadOnlyList<ActorSort>? order)
    {
        var (sorts, tag) = GoSmart.Graph.Core.Storage.ActorOrder.Resolve(order);
        var keys = sorts.Select(sort => sort.Field switch
        {
            ActorSortField.Name => new CypherKey("a.nameFolded", sort.Direction == SortDirection.Descending, IsText: true),
            ActorSortField.Degree => new CypherKey("a.degree", sort.Direction == SortDirection.Descending, IsText: false),
            ActorSortField.ProjectCount => new CypherKey("a.projectCount", sort.Direction == SortDirection.Descending, IsText: false),
            _ => throw new ArgumentOutOfRangeException(nameof(order), sort.Field, "Unknown actor sort field."),
        });
        return ([.. keys, new CypherKey("a.id", Descending: false, IsText: true)], tag);
    }

    private async Task<Dictionary<string, T>> ByIdAsync<T>(
        string statement, IReadOnlyCollection<string> ids, Func<IReadOnlyDictionary<string, object?>, T> map, Func<T, string> idOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(options.BatchSize))
        {
            var result = await ReadAsync(statement, Params(("ids", chunk)), cancellationToken).ConfigureAwait(false);
            foreach (var r in result.Records)
            {
                var item = map(r.Map("node"));
                found[idOf(item)] = item;
            }
        }

        return found;
    }

    /// <summary>All regions (a few hundred), read once per graph version: filters expand a region to the regions inside it.</summary>
    private async Task<IReadOnlyDictionary<string, Region>> RegionsAsync(CancellationToken cancellationToken)
    {
        var version = await GetVersionAsync(cancellationToken).ConfigureAwait(false);
        if (regionCache is { } cached && cached.Version == version)
        {
            return cached.Value;
        }

        var result = await ReadAsync(Statements.AllRegions, Params(), cancellationToken).ConfigureAwait(false);
        var regions = result.Records.Select(r => Records.Region(r.Map("node"))).ToDictionary(r => r.Id, StringComparer.Ordinal);
        regionCache = new Versioned<IReadOnlyDictionary<string, Region>>(version, regions);
        return regions;
    }
}
