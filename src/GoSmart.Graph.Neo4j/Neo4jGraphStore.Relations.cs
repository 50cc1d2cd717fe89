using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Neo4j.Cypher;
using GoSmart.Graph.Neo4j.Http;

namespace GoSmart.Graph.Neo4j;

/// <summary>Relationships, metrics and whole-graph views.</summary>
public sealed partial class Neo4jGraphStore
{
    private static readonly bool[] CollaborationKeyIsText = [false, false, true];

    public async Task<IReadOnlyDictionary<string, ActorMetrics>> GetActorMetricsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var result = new Dictionary<string, ActorMetrics>(StringComparer.Ordinal);
        foreach (var chunk in Distinct(ids).Chunk(options.BatchSize))
        {
            var rows = await ReadAsync(Statements.ActorMetrics, Params(("ids", chunk)), cancellationToken).ConfigureAwait(false);
            foreach (var r in rows.Records)
            {
                result[r.String("id")] = new ActorMetrics(r.NullableInt("degree") ?? 0, r.NullableInt("projectCount") ?? 0);
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, ProjectMetrics>> GetProjectMetricsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var result = new Dictionary<string, ProjectMetrics>(StringComparer.Ordinal);
        foreach (var chunk in Distinct(ids).Chunk(options.BatchSize))
        {
            var rows = await ReadAsync(Statements.ProjectMetrics, Params(("ids", chunk)), cancellationToken).ConfigureAwait(false);
            foreach (var r in rows.Records)
            {
                result[r.String("id")] = new ProjectMetrics(r.NullableInt("participants") ?? 0);
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ActorDomain>>> GetActorDomainsAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        var result = new Dictionary<string, IReadOnlyList<ActorDomain>>(StringComparer.Ordinal);
        foreach (var chunk in Distinct(actorIds).Chunk(options.BatchSize))
        {
            var rows = await ReadAsync(Statements.ActorDomains, Params(("ids", chunk)), cancellationToken).ConfigureAwait(false);
            foreach (var r in rows.Records)
            {
                var id = r.String("id");
                var domains = new Dictionary<string, ActorDomain>(StringComparer.Ordinal);
                var derived = r.Strings("derived");
                var weights = r.List("weights");
                for (var k = 0; k < derived.Count; k++)
                {
                    domains[derived[k]] = new ActorDomain(id, derived[k], EdgeSource.Derived, Convert.ToInt32(weights[k], System.Globalization.CultureInfo.InvariantCulture));
                }

                // A domain the actor both works in and declared counts as derived: the projects are the stronger evidence.
                foreach (var d in r.Strings("declared"))
                {
                    domains.TryAdd(d, new ActorDomain(id, d, EdgeSource.Declared, 1));
                }

                result[id] = [.. domains.Values.OrderByDescending(d => d.Weight).ThenBy(d => d.Source).ThenBy(d => d.DomainId, StringComparer.Ordinal)];
            }
        }

        return result;
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetRegionPrioritiesAsync(IReadOnlyCollection<string> regionIds, CancellationToken cancellationToken) =>
        PrioritiesAsync(Statements.RegionPriorities, Statements.RegionsById, regionIds, p => p.RegionId, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetDomainPrioritiesAsync(IReadOnlyCollection<string> domainIds, CancellationToken cancellationToken) =>
        PrioritiesAsync(Statements.DomainPriorities, Statements.DomainsById, domainIds, p => p.DomainId, cancellationToken);

    public async Task<Page<Collaboration>> GetCollaboratorsAsync(string actorId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var all = await NeighboursAsync([actorId], cancellationToken).ConfigureAwait(false);
        return MemoryPager.Page(
            all.GetValueOrDefault(actorId) ?? [],
            c => [c.Weight, c.LastYear ?? 0, c.OtherActorId],
            CompareToCursor,
            CollaborationKeyIsText,
            "collaborators:weight.desc,lastyear.desc,id.asc",
            page);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Collaboration>>> GetNeighboursAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        var known = await ExistingReadAsync(Statements.ExistingActors, actorIds, cancellationToken).ConfigureAwait(false);
        var ties = await NeighboursAsync(known, cancellationToken).ConfigureAwait(false);
        return known.ToDictionary(id => id, id => (IReadOnlyList<Collaboration>)(ties.GetValueOrDefault(id) ?? []), StringComparer.Ordinal);
    }

    public async Task<Page<Participation>> GetActorParticipationsAsync(string actorId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        CypherKey[] keys = [new("coalesce(p.startDate, '')", Descending: true, IsText: true), new("p.id", Descending: false, IsText: true)];
        var ps = new CypherParameters();
        var id = ps.Add(actorId);
        return await CypherPager.PageAsync(
            s => ReadAsync(s, cancellationToken), "MATCH (a:Actor)-[x:PARTICIPATES_IN]->(p:Project)", $"a.id = {id}", ps, keys, "a, x, p",
            ParticipationProjection, "actor-participations:start.desc", page, r => Records.Participation(r.Map("node"))).ConfigureAwait(false);
    }

    public async Task<Page<Participation>> GetProjectParticipationsAsync(string projectId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        CypherKey[] keys =
        [
            new("CASE WHEN toLower(x.role) = 'coordinator' THEN 0 ELSE 1 END", Descending: false, IsText: false),
            new("a.id", Descending: false, IsText: true),
        ];
        var ps = new CypherParameters();
        var id = ps.Add(projectId);
        return await CypherPager.PageAsync(
            s => ReadAsync(s, cancellationToken), "MATCH (p:Project)<-[x:PARTICIPATES_IN]-(a:Actor)", $"p.id = {id}", ps, keys, "a, x, p",
            ParticipationProjection, "project-participations:coordinator-first", page, r => Records.Participation(r.Map("node"))).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<ActorPair, SharedProjects>> GetSharedProjectsAsync(IReadOnlyCollection<ActorPair> pairs, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var result = new Dictionary<ActorPair, SharedProjects>();
        foreach (var pair in pairs.Distinct())
        {
            var ps = Params(("first", pair.First), ("second", pair.Second), ("limit", Math.Max(first, 0)));
            var list = await ReadAsync(Statements.SharedProjects, ps, cancellationToken).ConfigureAwait(false);
            var count = await ReadAsync(Statements.SharedProjectCount, Params(("first", pair.First), ("second", pair.Second)), cancellationToken).ConfigureAwait(false);
            result[pair] = new SharedProjects([.. list.Records.Select(r => Records.Project(r.Map("node")))], count.Records.Single().Int("n"));
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Membership>>> GetMembershipsAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        var known = await ExistingReadAsync(Statements.ExistingActors, actorIds, cancellationToken).ConfigureAwait(false);
        var rows = known.ToDictionary(id => id, _ => new List<Membership>(), StringComparer.Ordinal);
        foreach (var chunk in known.Chunk(options.BatchSize))
        {
            var asMember = await ReadAsync(Statements.MembershipsAsMember, Params(("ids", chunk)), cancellationToken).ConfigureAwait(false);
            var asCluster = await ReadAsync(Statements.MembershipsAsCluster, Params(("ids", chunk)), cancellationToken).ConfigureAwait(false);
            foreach (var r in asMember.Records.Concat(asCluster.Records))
            {
                var m = new Membership(r.String("memberId"), r.String("clusterId"));
                rows.GetValueOrDefault(m.MemberId)?.Add(m);
                if (!string.Equals(m.MemberId, m.ClusterId, StringComparison.Ordinal))
                {
                    rows.GetValueOrDefault(m.ClusterId)?.Add(m);
                }
            }
        }

        return rows.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<Membership>)[.. kv.Value.Distinct().OrderBy(m => m.MemberId, StringComparer.Ordinal).ThenBy(m => m.ClusterId, StringComparer.Ordinal)],
            StringComparer.Ordinal);
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var version = await GetVersionAsync(cancellationToken).ConfigureAwait(false);
        async Task<int> Count(string statement) =>
            (await ReadAsync(statement, Params(), cancellationToken).ConfigureAwait(false)).Records.Single().Int("n");

        var pairs = (await ReadAsync(Statements.CountPairs, Params(), cancellationToken).ConfigureAwait(false)).Records.Single();
        var byKind = (await ReadAsync(Statements.ActorsByKind, Params(), cancellationToken).ConfigureAwait(false)).Records
            .ToDictionary(r => Enum.Parse<ActorKind>(r.String("key")), r => r.Int("n"));
        var byCountry = (await ReadAsync(Statements.ActorsByCountry, Params(), cancellationToken).ConfigureAwait(false)).Records
            .ToDictionary(r => r.String("key"), r => r.Int("n"), StringComparer.Ordinal);
        return new GraphStats(
            version,
            await Count(Statements.CountActors).ConfigureAwait(false),
            await Count(Statements.CountProjects).ConfigureAwait(false),
            await Count(Statements.CountParticipations).ConfigureAwait(false),
            pairs.Int("pairs"),
            pairs.NullableInt("crossBorder") ?? 0,
            await Count(Statements.CountRegions).ConfigureAwait(false),
            await Count(Statements.CountDomains).ConfigureAwait(false),
            byKind,
            byCountry);
    }

    public async Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        var version = await GetVersionAsync(cancellationToken).ConfigureAwait(false);
        if (snapshotCache is { } cached && cached.Version == version)
        {
            return cached.Value;
        }

        await snapshotGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (snapshotCache is { } again && again.Version == version)
            {
                return again.Value;
            }

            // Reads in pages by id; writes are serialised by this process, so the pages see one version unless
            // another writer commits meanwhile, which the version check after reading detects.
            for (var attempt = 0; ; attempt++)
            {
                var snapshot = await ReadSnapshotAsync(version, cancellationToken).ConfigureAwait(false);
                var after = await GetVersionAsync(cancellationToken).ConfigureAwait(false);
                if (after == version || attempt >= 2)
                {
                    snapshotCache = new Versioned<GraphSnapshot>(snapshot.Version, snapshot);
                    return snapshot;
                }

                version = after;
            }
        }
        finally
        {
            snapshotGate.Release();
        }
    }

    private const string ParticipationProjection = "{actorId: a.id, projectId: p.id, role: x.role, contribution: x.contribution} AS node";

    private async Task<GraphSnapshot> ReadSnapshotAsync(long version, CancellationToken cancellationToken)
    {
        var builder = new GraphSnapshotBuilder(version);
        var local = new Dictionary<string, int>(StringComparer.Ordinal);
        var domains = new List<(int Actor, string Domain, int Weight)>();
        var after = string.Empty;
        while (true)
        {
            var page = await ReadAsync(Statements.SnapshotActors, Params(("after", after), ("limit", options.BatchSize)), cancellationToken).ConfigureAwait(false);
            foreach (var r in page.Records)
            {
                var id = r.String("id");
                var a = builder.AddActor(id, Enum.Parse<ActorKind>(r.String("kind")), r.String("country"), r.String("regionId"));
                local[id] = a;
                var derived = r.Strings("derived");
                var weights = r.List("weights");
                for (var k = 0; k < derived.Count; k++)
                {
                    domains.Add((a, derived[k], Convert.ToInt32(weights[k], System.Globalization.CultureInfo.InvariantCulture)));
                }

                after = id;
            }

            if (page.Rows.Count < options.BatchSize)
            {
                break;
            }
        }

        var (afterFirst, afterSecond) = (string.Empty, string.Empty);
        while (true)
        {
            var page = await ReadAsync(Statements.SnapshotTies, Params(("after", afterFirst), ("afterOther", afterSecond), ("limit", options.BatchSize)), cancellationToken).ConfigureAwait(false);
            foreach (var r in page.Records)
            {
                (afterFirst, afterSecond) = (r.String("first"), r.String("second"));
                if (local.TryGetValue(afterFirst, out var a) && local.TryGetValue(afterSecond, out var b))
                {
                    builder.AddTie(a, b, r.Int("weight"), r.NullableInt("firstYear") ?? 0, r.NullableInt("lastYear") ?? 0, r.NullableBool("declared") ?? false);
                }
            }

            if (page.Rows.Count < options.BatchSize)
            {
                break;
            }
        }

        foreach (var r in (await ReadAsync(Statements.SnapshotMemberships, Params(), cancellationToken).ConfigureAwait(false)).Records)
        {
            if (local.TryGetValue(r.String("memberId"), out var m) && local.TryGetValue(r.String("clusterId"), out var c))
            {
                builder.AddMembership(m, c);
            }
        }

        foreach (var r in (await ReadAsync(Statements.SnapshotDeclaredDomains, Params(), cancellationToken).ConfigureAwait(false)).Records)
        {
            if (local.TryGetValue(r.String("actor"), out var a))
            {
                domains.Add((a, r.String("domain"), 1));
            }
        }

        foreach (var (a, d, w) in domains)
        {
            builder.AddDomain(a, d, w);
        }

        foreach (var r in (await ReadAsync(Statements.DomainIds, Params(), cancellationToken).ConfigureAwait(false)).Records)
        {
            builder.AddDomainId(r.String("id"));
        }

        return builder.Build();
    }

    private async Task<Dictionary<string, List<Collaboration>>> NeighboursAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, List<Collaboration>>(StringComparer.Ordinal);
        foreach (var chunk in Distinct(ids).Chunk(options.BatchSize))
        {
            var rows = await ReadAsync(Statements.Ties, Params(("ids", chunk)), cancellationToken).ConfigureAwait(false);
            foreach (var r in rows.Records)
            {
                var actor = r.String("actor");
                if (!result.TryGetValue(actor, out var list))
                {
                    list = [];
                    result[actor] = list;
                }

                var declared = r.NullableBool("declared") ?? false;
                list.Add(new Collaboration(actor, r.String("other"), r.Int("weight"), r.NullableInt("firstYear"), r.NullableInt("lastYear"))
                {
                    Declared = declared,
                    DeclaredEvidence = declared ? r.NullableString("evidence") : null,
                });
            }
        }

        foreach (var list in result.Values)
        {
            list.Sort((x, y) =>
            {
                var c = y.Weight.CompareTo(x.Weight);
                c = c != 0 ? c : (y.LastYear ?? 0).CompareTo(x.LastYear ?? 0);
                return c != 0 ? c : string.CompareOrdinal(x.OtherActorId, y.OtherActorId);
            });
        }

        return result;
    }

    private static int CompareToCursor(Collaboration c, object[] key)
    {
        var weight = (long)key[0];
        var lastYear = (long)key[1];
        var cmp = weight.CompareTo(c.Weight);
        cmp = cmp != 0 ? cmp : lastYear.CompareTo(c.LastYear ?? 0);
        return cmp != 0 ? cmp : string.CompareOrdinal(c.OtherActorId, (string)key[2]);
    }

    private async Task<string[]> ExistingReadAsync(string statement, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        foreach (var chunk in Distinct(ids).Chunk(options.BatchSize))
        {
            var result = await ReadAsync(statement, Params(("ids", chunk)), cancellationToken).ConfigureAwait(false);
            found.AddRange(result.Records.Select(r => r.String("id")));
        }

        return [.. found];
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> PrioritiesAsync(
        string statement, string existing, IReadOnlyCollection<string> ids, Func<RegionPriority, string> keyOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var known = (await ByIdAsync(existing, ids, m => (string)m["id"]!, id => id, cancellationToken).ConfigureAwait(false)).Keys.ToArray();
        var rows = known.ToDictionary(id => id, _ => new List<RegionPriority>(), StringComparer.Ordinal);
        foreach (var chunk in known.Chunk(options.BatchSize))
        {
            var result = await ReadAsync(statement, Params(("ids", chunk)), cancellationToken).ConfigureAwait(false);
            foreach (var r in result.Records)
            {
                var p = new RegionPriority(r.String("regionId"), r.String("domainId"), r.String("priority"));
                rows[keyOf(p)].Add(p);
            }
        }

        return rows.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<RegionPriority>)[.. kv.Value.OrderBy(p => p.RegionId, StringComparer.Ordinal).ThenBy(p => p.DomainId, StringComparer.Ordinal)],
            StringComparer.Ordinal);
    }
}
