using System.Globalization;
using GoSmart.Graph.Core.Model;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>Relationships, metrics and whole-graph views.</summary>
public sealed partial class EmbeddedGraphStore
{
    private static readonly bool[] CollaborationKeyIsText = [false, false, true];

    public Task<IReadOnlyDictionary<string, ActorMetrics>> GetActorMetricsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Task.FromResult<IReadOnlyDictionary<string, ActorMetrics>>(WithIndex(i =>
        {
            var result = new Dictionary<string, ActorMetrics>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                if (i.ActorIndex.TryGetValue(id, out var a))
                {
                    result[id] = new ActorMetrics(i.Ties[a].Length, i.ActorProjects[a].Length);
                }
            }

            return result;
        }, cancellationToken));
    }

    public Task<IReadOnlyDictionary<string, ProjectMetrics>> GetProjectMetricsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Task.FromResult<IReadOnlyDictionary<string, ProjectMetrics>>(WithIndex(i =>
        {
            var result = new Dictionary<string, ProjectMetrics>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                if (i.ProjectIndex.TryGetValue(id, out var p))
                {
                    result[id] = new ProjectMetrics(i.ProjectActors[p].Length);
                }
            }

            return result;
        }, cancellationToken));
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<ActorDomain>>> GetActorDomainsAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        var known = KnownActors(actorIds, cancellationToken);
        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<ActorDomain>>>(WithConnection(c =>
        {
            var rows = new Dictionary<string, Dictionary<string, ActorDomain>>(StringComparer.Ordinal);
            foreach (var id in known)
            {
                rows[id] = new Dictionary<string, ActorDomain>(StringComparer.Ordinal);
            }

            var ps = new SqlParameters();
            var list = ps.AddList(known);
            using var command = c.CreateCommand();
            command.CommandText = $"""
                SELECT actor_id, domain_id, weight, 0 FROM derived_domains WHERE actor_id IN (SELECT value FROM json_each({list}))
                UNION ALL
                SELECT actor_id, domain_id, 1, 1 FROM declared_domains WHERE actor_id IN (SELECT value FROM json_each({list}))
                """;
            ps.BindTo(command);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var domains = rows[reader.GetString(0)];
                var domainId = reader.GetString(1);
                var declared = reader.GetInt32(3) == 1;
                // A domain the actor both works in and declared counts as derived: the projects are the stronger evidence.
                if (!declared || !domains.ContainsKey(domainId))
                {
                    domains[domainId] = new ActorDomain(reader.GetString(0), domainId, declared ? EdgeSource.Declared : EdgeSource.Derived, reader.GetInt32(2));
                }
            }

            return rows.ToDictionary(
                kv => kv.Key,
                kv => (IReadOnlyList<ActorDomain>)[.. kv.Value.Values
                    .OrderByDescending(d => d.Weight)
                    .ThenBy(d => d.Source)
                    .ThenBy(d => d.DomainId, StringComparer.Ordinal)],
                StringComparer.Ordinal);
        }, cancellationToken));
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetRegionPrioritiesAsync(IReadOnlyCollection<string> regionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regionIds);
        var known = WithIndex(i => regionIds.Where(i.Regions.ContainsKey).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken);
        return Task.FromResult(Priorities(known, "region_id", r => r.RegionId, cancellationToken));
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetDomainPrioritiesAsync(IReadOnlyCollection<string> domainIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainIds);
        var known = WithIndex(i => domainIds.Where(i.DomainIds.Contains).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken);
        return Task.FromResult(Priorities(known, "domain_id", r => r.DomainId, cancellationToken));
    }

    public Task<Page<Collaboration>> GetCollaboratorsAsync(string actorId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var all = WithIndex(i => Collaborations(i, actorId), cancellationToken);
        var result = MemoryPager.Page(
            all,
            c => [c.Weight, c.LastYear ?? 0, c.OtherActorId],
            CompareToCursor,
            CollaborationKeyIsText,
            "collaborators:weight.desc,lastyear.desc,id.asc",
            page);
        var evidence = DeclaredEvidence(result.Edges.Select(e => e.Node), cancellationToken);
        return Task.FromResult(evidence.Count == 0 ? result : result with
        {
            Edges = [.. result.Edges.Select(e => e with { Node = WithEvidence(e.Node, evidence) })],
        });
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Collaboration>>> GetNeighboursAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        var neighbours = WithIndex(i =>
            actorIds.Distinct(StringComparer.Ordinal)
                .Where(i.ActorIndex.ContainsKey)
                .ToDictionary(id => id, id => Collaborations(i, id), StringComparer.Ordinal), cancellationToken);
        var evidence = DeclaredEvidence(neighbours.Values.SelectMany(c => c), cancellationToken);
        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Collaboration>>>(neighbours.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<Collaboration>)(evidence.Count == 0 ? kv.Value : [.. kv.Value.Select(c => WithEvidence(c, evidence))]),
            StringComparer.Ordinal));
    }

    public Task<Page<Participation>> GetActorParticipationsAsync(string actorId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        SqlKey[] keys = [new("pr.start_date", Descending: true, IsText: true), new("x.project_id", Descending: false, IsText: true)];
        return Task.FromResult(WithConnection(c =>
        {
            var ps = new SqlParameters();
            var where = "x.actor_id = " + ps.Add(actorId);
            return SqlPager.Page(
                c, "x.actor_id, x.project_id, x.role, x.contribution", "FROM participations x JOIN projects pr ON pr.id = x.project_id",
                where, ps, keys, "actor-participations:start.desc", page, r => SqlRows.ReadParticipation(r), cancellationToken);
        }, cancellationToken));
    }

    public Task<Page<Participation>> GetProjectParticipationsAsync(string projectId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        SqlKey[] keys =
        [
            new("(CASE WHEN lower(x.role) = 'coordinator' THEN 0 ELSE 1 END)", Descending: false, IsText: false),
            new("x.actor_id", Descending: false, IsText: true),
        ];
        return Task.FromResult(WithConnection(c =>
        {
            var ps = new SqlParameters();
            var where = "x.project_id = " + ps.Add(projectId);
            return SqlPager.Page(
                c, "x.actor_id, x.project_id, x.role, x.contribution", "FROM participations x",
                where, ps, keys, "project-participations:coordinator-first", page, r => SqlRows.ReadParticipation(r), cancellationToken);
        }, cancellationToken));
    }

    public async Task<IReadOnlyDictionary<ActorPair, SharedProjects>> GetSharedProjectsAsync(IReadOnlyCollection<ActorPair> pairs, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pairs);

        // The shared projects come from the index (two participation arrays intersected), the project
        // records from the row cache: evidence for a path's steps costs no SQL once its projects are cached.
        var distinct = pairs.Distinct().ToArray();
        var shared = WithIndex(i => SharedProjectIds(i, distinct, cancellationToken), cancellationToken);
        var projects = await GetProjectsAsync(shared.Values.SelectMany(ids => ids).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken).ConfigureAwait(false);
        var take = Math.Max(first, 0);
        var result = new Dictionary<ActorPair, SharedProjects>(distinct.Length);
        foreach (var (pair, ids) in shared)
        {
            var found = ids.Select(id => projects.GetValueOrDefault(id)).OfType<Project>().ToList();

            // Most recent first, as ORDER BY start_date DESC, id does in SQL: unknown dates last, then by id.
            found.Sort(static (x, y) =>
            {
                var byKnown = (x.StartDate is null).CompareTo(y.StartDate is null);
                var byDate = Nullable.Compare(y.StartDate, x.StartDate);
                return byKnown != 0 ? byKnown : byDate != 0 ? byDate : string.CompareOrdinal(x.Id, y.Id);
            });
            result[pair] = new SharedProjects(found.Take(take).ToList(), found.Count);
        }

        return result;
    }

    private static Dictionary<ActorPair, string[]> SharedProjectIds(GraphIndex i, ActorPair[] pairs, CancellationToken cancellationToken)
    {
        var result = new Dictionary<ActorPair, string[]>(pairs.Length);
        foreach (var pair in pairs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!i.ActorIndex.TryGetValue(pair.First, out var a) || !i.ActorIndex.TryGetValue(pair.Second, out var b))
            {
                result[pair] = [];
                continue;
            }

            var (small, large) = i.ActorProjects[a].Length <= i.ActorProjects[b].Length
                ? (i.ActorProjects[a], i.ActorProjects[b])
                : (i.ActorProjects[b], i.ActorProjects[a]);
            var sorted = (int[])small.Clone();
            Array.Sort(sorted);
            var ids = new List<string>();
            foreach (var p in large)
            {
                if (Array.BinarySearch(sorted, p) >= 0)
                {
                    ids.Add(i.ProjectIds[p]);
                }
            }

            result[pair] = [.. ids];
        }

        return result;
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Membership>>> GetMembershipsAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        var known = KnownActors(actorIds, cancellationToken);
        return Task.FromResult<IReadOnlyDictionary<string, IReadOnlyList<Membership>>>(WithConnection(c =>
        {
            var rows = known.ToDictionary(id => id, _ => new List<Membership>(), StringComparer.Ordinal);
            var ps = new SqlParameters();
            var list = ps.AddList(known);
            using var command = c.CreateCommand();
            command.CommandText = $"""
                SELECT member_id, cluster_id FROM memberships
                WHERE member_id IN (SELECT value FROM json_each({list})) OR cluster_id IN (SELECT value FROM json_each({list}))
                ORDER BY member_id, cluster_id
                """;
            ps.BindTo(command);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var m = new Membership(reader.GetString(0), reader.GetString(1));
                rows.GetValueOrDefault(m.MemberId)?.Add(m);
                if (!string.Equals(m.MemberId, m.ClusterId, StringComparison.Ordinal))
                {
                    rows.GetValueOrDefault(m.ClusterId)?.Add(m);
                }
            }

            return rows.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Membership>)kv.Value, StringComparer.Ordinal);
        }, cancellationToken));
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        if (statsCache is { } cached && cached.Version == WithIndex(i => i.Version, cancellationToken))
        {
            return Task.FromResult(cached.Value);
        }

        // Counts come from the index, so they agree with each other and with the version they carry.
        var stats = WithIndex(i =>
        {
            var pairs = 0;
            var crossBorder = 0;
            var byKind = new Dictionary<ActorKind, int>();
            var byCountry = new Dictionary<string, int>(StringComparer.Ordinal);
            var participations = 0;
            for (var a = 0; a < i.ActorCount; a++)
            {
                byKind[i.Kinds[a]] = byKind.GetValueOrDefault(i.Kinds[a]) + 1;
                byCountry[i.Countries[a]] = byCountry.GetValueOrDefault(i.Countries[a]) + 1;
                participations += i.ActorProjects[a].Length;
                foreach (var tie in i.Ties[a])
                {
                    if (tie.Other > a)
                    {
                        pairs++;
                        if (!string.Equals(i.Countries[a], i.Countries[tie.Other], StringComparison.Ordinal))
                        {
                            crossBorder++;
                        }
                    }
                }
            }

            return new GraphStats(i.Version, i.ActorCount, i.ProjectCount, participations, pairs, crossBorder, i.Regions.Count, i.DomainIds.Count, byKind, byCountry);
        }, cancellationToken);
        statsCache = new Versioned<GraphStats>(stats.Version, stats);
        return Task.FromResult(stats);
    }

    public async Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        if (snapshotCache is { } cached && cached.Version == WithIndex(i => i.Version, cancellationToken))
        {
            return cached.Value;
        }

        // Memberships and declared domains live in SQLite only: hold the write gate so the index and
        // the tables are read at the same version.
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (snapshotCache is { } again && again.Version == WithIndex(i => i.Version, cancellationToken))
            {
                return again.Value;
            }

            var parts = WithIndex(StartSnapshot, cancellationToken);
            WithConnection(c => AddSnapshotRows(c, parts), cancellationToken);
            var snapshot = parts.Builder.Build();
            snapshotCache = new Versioned<GraphSnapshot>(snapshot.Version, snapshot);
            return snapshot;
        }
        finally
        {
            writeGate.Release();
        }
    }

    private sealed record SnapshotParts(GraphSnapshotBuilder Builder, Dictionary<string, int> Local);

    private static SnapshotParts StartSnapshot(GraphIndex i)
    {
        var builder = new GraphSnapshotBuilder(i.Version);
        for (var a = 0; a < i.ActorCount; a++)
        {
            builder.AddActor(i.ActorIds[a], i.Kinds[a], i.Countries[a], i.RegionIds[a]);
        }

        for (var a = 0; a < i.ActorCount; a++)
        {
            foreach (var tie in i.Ties[a])
            {
                if (a < tie.Other)
                {
                    builder.AddTie(a, tie.Other, tie.Weight, tie.FirstYear, tie.LastYear, tie.Declared);
                }
            }
        }

        foreach (var d in i.DomainIds)
        {
            builder.AddDomainId(d);
        }

        return new SnapshotParts(builder, i.ActorIndex);
    }

    private static bool AddSnapshotRows(SqliteConnection connection, SnapshotParts parts)
    {
        var (builder, local) = (parts.Builder, parts.Local);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT member_id, cluster_id FROM memberships";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (local.TryGetValue(reader.GetString(0), out var m) && local.TryGetValue(reader.GetString(1), out var c))
                {
                    builder.AddMembership(m, c);
                }
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT actor_id, domain_id, weight FROM derived_domains UNION ALL SELECT actor_id, domain_id, 1 FROM declared_domains";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (local.TryGetValue(reader.GetString(0), out var a))
                {
                    builder.AddDomain(a, reader.GetString(1), reader.GetInt32(2));
                }
            }
        }

        return true;
    }

    /// <summary>The broker's evidence of the declared ties among <paramref name="ties"/>, read from SQLite (the index keeps only their years).</summary>
    private Dictionary<ActorPair, string> DeclaredEvidence(IEnumerable<Collaboration> ties, CancellationToken cancellationToken)
    {
        var pairs = ties.Where(c => c.Declared).Select(c => new ActorPair(c.ActorId, c.OtherActorId)).Distinct().ToList();
        var result = new Dictionary<ActorPair, string>();
        if (pairs.Count == 0)
        {
            return result;
        }

        return WithConnection(c =>
        {
            foreach (var chunk in pairs.Chunk(500))
            {
                using var command = c.CreateCommand();
                command.CommandText = """
                    SELECT d.actor_id, d.other_actor_id, d.evidence
                    FROM json_each($pairs) j
                    JOIN declared_collaborations d ON d.actor_id = json_extract(j.value, '$[0]') AND d.other_actor_id = json_extract(j.value, '$[1]')
                    WHERE d.evidence IS NOT NULL
                    """;
                command.Parameters.AddWithValue("$pairs", System.Text.Json.JsonSerializer.Serialize(chunk.Select(p => new[] { p.First, p.Second })));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    result[new ActorPair(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
                }
            }

            return result;
        }, cancellationToken);
    }

    private static Collaboration WithEvidence(Collaboration tie, Dictionary<ActorPair, string> evidence) =>
        tie.Declared && evidence.TryGetValue(new ActorPair(tie.ActorId, tie.OtherActorId), out var text) ? tie with { DeclaredEvidence = text } : tie;

    /// <summary>An actor's ties, strongest first: weight desc, last year desc, other id asc.</summary>
    private static Collaboration[] Collaborations(GraphIndex i, string actorId)
    {
        if (!i.ActorIndex.TryGetValue(actorId, out var a))
        {
            return [];
        }

        var list = new Collaboration[i.Ties[a].Length];
        for (var k = 0; k < list.Length; k++)
        {
            var tie = i.Ties[a][k];
            var other = i.ActorIds[tie.Other];
            list[k] = new Collaboration(actorId, other, tie.Weight, tie.FirstYear == 0 ? null : tie.FirstYear, tie.LastYear == 0 ? null : tie.LastYear)
            {
                Declared = tie.Declared,
            };
        }

        Array.Sort(list, (x, y) =>
        {
            var c = y.Weight.CompareTo(x.Weight);
            c = c != 0 ? c : (y.LastYear ?? 0).CompareTo(x.LastYear ?? 0);
            return c != 0 ? c : string.CompareOrdinal(x.OtherActorId, y.OtherActorId);
        });
        return list;
    }

    private static int CompareToCursor(Collaboration c, object[] key)
    {
        var weight = (long)key[0];
        var lastYear = (long)key[1];
        var cmp = weight.CompareTo(c.Weight);
        cmp = cmp != 0 ? cmp : lastYear.CompareTo(c.LastYear ?? 0);
        return cmp != 0 ? cmp : string.CompareOrdinal(c.OtherActorId, (string)key[2]);
    }

    private string[] KnownActors(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        WithIndex(i => ids.Where(i.ActorIndex.ContainsKey).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken);

    private IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>> Priorities(
        string[] known, string column, Func<RegionPriority, string> keyOf, CancellationToken cancellationToken) =>
        WithConnection(c =>
        {
            var rows = known.ToDictionary(id => id, _ => new List<RegionPriority>(), StringComparer.Ordinal);
            var ps = new SqlParameters();
            using var command = c.CreateCommand();
            command.CommandText = $"SELECT region_id, domain_id, priority FROM region_priorities WHERE {column} IN (SELECT value FROM json_each({ps.AddList(known)})) ORDER BY region_id, domain_id";
            ps.BindTo(command);
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                var p = new RegionPriority(reader.GetString(0), reader.GetString(1), reader.GetString(2));
                rows[keyOf(p)].Add(p);
            }

            return (IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>)rows.ToDictionary(
                kv => kv.Key, kv => (IReadOnlyList<RegionPriority>)kv.Value, StringComparer.Ordinal);
        }, cancellationToken);
}
