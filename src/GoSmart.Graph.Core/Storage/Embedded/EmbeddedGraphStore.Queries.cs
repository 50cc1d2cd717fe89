using System.Globalization;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>Lookups, filtered lists and search.</summary>
public sealed partial class EmbeddedGraphStore
{
    private const int SearchCandidatesMin = 100;

    public Task<IReadOnlyDictionary<string, Actor>> GetActorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Task.FromResult<IReadOnlyDictionary<string, Actor>>(Cached(actorCache, ids, missing => WithConnection(c => ById(
            c, $"SELECT {SqlRows.ActorColumns} FROM actors a WHERE a.id IN (SELECT value FROM json_each({{0}}))", missing, r => SqlRows.ReadActor(r), a => a.Id), cancellationToken)));
    }

    public Task<IReadOnlyDictionary<string, Region>> GetRegionsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Task.FromResult<IReadOnlyDictionary<string, Region>>(WithIndex(i =>
            ids.Distinct(StringComparer.Ordinal)
                .Where(i.Regions.ContainsKey)
                .ToDictionary(id => id, id => i.Regions[id], StringComparer.Ordinal), cancellationToken));
    }

    public Task<IReadOnlyList<Region>> ListRegionsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Region>>(WithIndex(i =>
            i.Regions.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray(), cancellationToken));

    public Task<IReadOnlyDictionary<string, S3Domain>> GetDomainsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Task.FromResult<IReadOnlyDictionary<string, S3Domain>>(Cached(domainCache, ids, missing => WithConnection(c => ById(
            c, "SELECT id, name, description FROM domains WHERE id IN (SELECT value FROM json_each({0}))", missing, ReadDomain, d => d.Id), cancellationToken)));
    }

    public Task<IReadOnlyList<S3Domain>> ListDomainsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<S3Domain>>(WithConnection(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = "SELECT id, name, description FROM domains ORDER BY id";
            using var reader = command.ExecuteReader();
            var list = new List<S3Domain>();
            while (reader.Read())
            {
                list.Add(ReadDomain(reader));
            }

            return list;
        }, cancellationToken));

    public Task<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Task.FromResult<IReadOnlyDictionary<string, Project>>(Cached(projectCache, ids, missing => WithConnection(c => ById(
            c, $"SELECT {SqlRows.ProjectColumns} FROM projects p WHERE p.id IN (SELECT value FROM json_each({{0}}))", missing, r => SqlRows.ReadProject(r), p => p.Id), cancellationToken)));
    }

    public Task<Page<Actor>> QueryActorsAsync(ActorQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var regions = RegionsCopy(cancellationToken);
        var (keys, tag) = ActorOrder(query.Order);
        return Task.FromResult(WithConnection(c =>
        {
            var ps = new SqlParameters();
            var where = FilterSql.Actors(query.Filter, regions, ps);
            return SqlPager.Page(c, SqlRows.ActorColumns, "FROM actors a", where, ps, keys, tag, query.Page, r => SqlRows.ReadActor(r), cancellationToken);
        }, cancellationToken));
    }

    public Task<int> CountActorsAsync(ActorFilter? filter, CancellationToken cancellationToken)
    {
        var regions = RegionsCopy(cancellationToken);
        return Task.FromResult(WithConnection(c =>
        {
            var ps = new SqlParameters();
            using var command = c.CreateCommand();
            command.CommandText = "SELECT count(*) FROM actors a WHERE " + FilterSql.Actors(filter, regions, ps);
            ps.BindTo(command);
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }, cancellationToken));
    }

    public Task<Page<Project>> QueryProjectsAsync(ProjectQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        SqlKey[] keys = [new("p.start_date", Descending: true, IsText: true), new("p.id", Descending: false, IsText: true)];
        return Task.FromResult(WithConnection(c =>
        {
            var ps = new SqlParameters();
            var where = FilterSql.Projects(query.Filter, ps);
            return SqlPager.Page(c, SqlRows.ProjectColumns, "FROM projects p", where, ps, keys, "projects:start.desc", query.Page, r => SqlRows.ReadProject(r), cancellationToken);
        }, cancellationToken));
    }

    public Task<int> CountProjectsAsync(ProjectFilter? filter, CancellationToken cancellationToken) =>
        Task.FromResult(WithConnection(c =>
        {
            var ps = new SqlParameters();
            using var command = c.CreateCommand();
            command.CommandText = "SELECT count(*) FROM projects p WHERE " + FilterSql.Projects(filter, ps);
            ps.BindTo(command);
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchActorsAsync(string text, int first, CancellationToken cancellationToken)
    {
        var words = string.IsNullOrWhiteSpace(text) ? [] : TextFold.Words(text);
        if (words.Count == 0 || first <= 0)
        {
            return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        }

        var match = FtsQuery.ForWords(words);
        var queryKey = string.Join(' ', words);
        return Task.FromResult<IReadOnlyList<SearchHit>>(WithConnection(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = $"""
                SELECT {SqlRows.ActorColumns}, a.name_key, a.degree, bm25(actor_search, 10.0, 4.0) AS rank
                FROM actor_search JOIN actors a ON a.rowid = actor_search.rowid
                WHERE actor_search MATCH @match
                ORDER BY CASE WHEN a.name_key = @key THEN 0 WHEN substr(a.name_key, 1, length(@key)) = @key THEN 1 ELSE 2 END, rank
                LIMIT @limit
                """;
            command.Parameters.AddWithValue("@match", match);
            command.Parameters.AddWithValue("@key", queryKey);
            command.Parameters.AddWithValue("@limit", Math.Max(first * 10, SearchCandidatesMin));
            using var reader = command.ExecuteReader();
            var hits = new List<(SearchHit Hit, long Degree)>();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var actor = SqlRows.ReadActor(reader);
                var at = SqlRows.ActorColumnCount;
                var nameKey = reader.GetString(at);
                var degree = reader.GetInt64(at + 1);
                var bm25 = -reader.GetDouble(at + 2);
                var tier = SearchTier(actor, nameKey, queryKey);
                hits.Add((new SearchHit(actor, tier + (bm25 / (1 + Math.Abs(bm25)))), degree));
            }

            return hits
                .OrderByDescending(h => h.Hit.Score)
                .ThenByDescending(h => h.Degree)
                .ThenBy(h => h.Hit.Actor.Id, StringComparer.Ordinal)
                .Take(first)
                .Select(h => h.Hit)
                .ToArray();
        }, cancellationToken));
    }

    /// <summary>3 when the query is a whole name, 2 when a name starts with it, 1 when its words only match.</summary>
    private static int SearchTier(Actor actor, string nameKey, string queryKey)
    {
        IEnumerable<string> others = actor.ShortName is null ? actor.AlternativeNames : actor.AlternativeNames.Append(actor.ShortName);
        var otherKeys = others.Select(SqlRows.NameKey).ToArray();
        if (nameKey == queryKey || otherKeys.Contains(queryKey, StringComparer.Ordinal))
        {
            return 3;
        }

        return nameKey.StartsWith(queryKey, StringComparison.Ordinal) || otherKeys.Any(k => k.StartsWith(queryKey, StringComparison.Ordinal)) ? 2 : 1;
    }

    private static (SqlKey[] Keys, string Tag) ActorOrder(IReadOnlyList<ActorSort>? order)
    {
        var (sorts, tag) = GoSmart.Graph.Core.Storage.ActorOrder.Resolve(order);
        var keys = sorts.Select(sort => sort.Field switch
        {
            ActorSortField.Name => new SqlKey("a.name_folded", sort.Direction == SortDirection.Descending, IsText: true),
            ActorSortField.Degree => new SqlKey("a.degree", sort.Direction == SortDirection.Descending, IsText: false),
            ActorSortField.ProjectCount => new SqlKey("a.project_count", sort.Direction == SortDirection.Descending, IsText: false),
            _ => throw new ArgumentOutOfRangeException(nameof(order), sort.Field, "Unknown actor sort field."),
        });
        return ([.. keys, new SqlKey("a.id", Descending: false, IsText: true)], tag);
    }

    /// <summary>Serves what the cache holds and reads only the rest.</summary>
    private static Dictionary<string, T> Cached<T>(RecordCache<T> cache, IReadOnlyCollection<string> ids, Func<IReadOnlyCollection<string>, Dictionary<string, T>> read)
        where T : class
    {
        var found = new Dictionary<string, T>(ids.Count, StringComparer.Ordinal);
        List<string>? missing = null;
        foreach (var id in ids)
        {
            if (cache.TryGet(id, out var row))
            {
                found[id] = row;
            }
            else
            {
                (missing ??= []).Add(id);
            }
        }

        if (missing is null)
        {
            return found;
        }

        var epoch = cache.Epoch;
        var rows = read(missing);
        cache.AddAll(rows, epoch);
        foreach (var (id, row) in rows)
        {
            found[id] = row;
        }

        return found;
    }

    private Dictionary<string, Region> RegionsCopy(CancellationToken cancellationToken) =>
        WithIndex(i => new Dictionary<string, Region>(i.Regions, StringComparer.Ordinal), cancellationToken);

    private static S3Domain ReadDomain(Microsoft.Data.Sqlite.SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1)) { Description = SqlRows.NullableString(r, 2) };
}
