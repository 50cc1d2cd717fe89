using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Neo4j.Cypher;

namespace GoSmart.Graph.Neo4j.Export;

/// <summary>Reads a whole graph through the store port into export tables, with the properties the Neo4j store keeps.</summary>
internal static class ExportReader
{
    private const int Batch = 500;

    private static readonly ExportColumn[] RegionColumns = [new("id"), new("code"), new("name"), new("country"), new("level"), new("parentId"), new("gosmartRole")];

    private static readonly ExportColumn[] ActorColumns =
    [
        new("id"), new("name"), new("kind"), new("country"), new("regionId"), new("alternativeNames", "string[]"), new("alternativeNamesText"),
        new("shortName"), new("sme", "boolean"), new("city"), new("website"), new("pic"), new("nameFolded"), new("nameKey"), new("otherNamesKey"),
        new("namesFolded", "string[]"), new("searchTokens", "string[]"), new("degree", "long"), new("projectCount", "long"),
        new("domainIds", "string[]"), new("derivedDomainIds", "string[]"), new("derivedDomainWeights", "long[]"),
    ];

    private static readonly ExportColumn[] ProjectColumns =
    [
        new("id"), new("acronym"), new("title"), new("programme"), new("programmeParts", "string[]"), new("textFolded"), new("startDate"),
        new("endDate"), new("startYear", "long"), new("topicCode"), new("url"), new("s3DomainIds", "string[]"),
        new("participantCount", "long"), new("participantCountries", "string[]"),
    ];

    public static async Task<IReadOnlyList<ExportTable>> ReadAsync(IGraphStore store, CancellationToken ct)
    {
        var regions = await store.ListRegionsAsync(ct).ConfigureAwait(false);
        var domains = await store.ListDomainsAsync(ct).ConfigureAwait(false);
        var actors = await AllAsync(p => store.QueryActorsAsync(new ActorQuery(null, [], p), ct)).ConfigureAwait(false);
        var projects = await AllAsync(p => store.QueryProjectsAsync(new ProjectQuery(null, p), ct)).ConfigureAwait(false);
        var actorIds = actors.Select(a => a.Id).ToArray();
        var regionIds = regions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        var metrics = new Dictionary<string, ActorMetrics>(StringComparer.Ordinal);
        var actorDomains = new Dictionary<string, IReadOnlyList<ActorDomain>>(StringComparer.Ordinal);
        var ties = new List<Collaboration>();
        var memberships = new HashSet<Membership>();
        foreach (var chunk in actorIds.Chunk(Batch))
        {
            foreach (var (k, v) in await store.GetActorMetricsAsync(chunk, ct).ConfigureAwait(false))
            {
                metrics[k] = v;
            }

            foreach (var (k, v) in await store.GetActorDomainsAsync(chunk, ct).ConfigureAwait(false))
            {
                actorDomains[k] = v;
            }

            ties.AddRange((await store.GetNeighboursAsync(chunk, ct).ConfigureAwait(false)).Values
                .SelectMany(list => list).Where(c => string.CompareOrdinal(c.ActorId, c.OtherActorId) < 0));
            memberships.UnionWith((await store.GetMembershipsAsync(chunk, ct).ConfigureAwait(false)).Values.SelectMany(list => list));
        }

        var participations = new List<Participation>();
        foreach (var project in projects)
        {
            participations.AddRange(await AllAsync(p => store.GetProjectParticipationsAsync(project.Id, p, ct)).ConfigureAwait(false));
        }

        var countryOf = actors.ToDictionary(a => a.Id, a => a.Country.ToUpperInvariant(), StringComparer.Ordinal);
        var byProject = participations.ToLookup(p => p.ProjectId, StringComparer.Ordinal);
        var priorities = (await store.GetRegionPrioritiesAsync([.. regionIds], ct).ConfigureAwait(false)).Values.SelectMany(list => list)
            .OrderBy(p => p.RegionId, StringComparer.Ordinal).ThenBy(p => p.DomainId, StringComparer.Ordinal).ToArray();
        var version = await store.GetVersionAsync(ct).ConfigureAwait(false);
        var allDomainIds = domains.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        return
        [
            new("regions.csv", [Statements.MergeRegions], RegionColumns, [.. regions.Select(Records.RegionRow)]) { Label = "Region" },
            new("domains.csv", [Statements.MergeDomains], [new("id"), new("name"), new("description")],
                [.. domains.Select(d => Row(("id", d.Id), ("name", d.Name), ("description", d.Description)))]) { Label = "S3Domain" },
            new("actors.csv", [Statements.MergeActors, Statements.SetActorDerived], ActorColumns, [.. actors.Select(a =>
            {
                var row = Records.ActorRow(a);
                var m = metrics.GetValueOrDefault(a.Id) ?? new ActorMetrics(0, 0);
                var ds = actorDomains.GetValueOrDefault(a.Id) ?? [];
                var derived = ds.Where(d => d.Source == EdgeSource.Derived).ToArray();
                row["degree"] = m.Degree;
                row["projectCount"] = m.ProjectCount;
                row["domainIds"] = ds.Select(d => d.DomainId).Order(StringComparer.Ordinal).ToArray();
                row["derivedDomainIds"] = derived.Select(d => d.DomainId).ToArray();
                row["derivedDomainWeights"] = derived.Select(d => (long)d.Weight).ToArray();
                return row;
            })]) { Label = "Actor" },
            new("projects.csv", [Statements.MergeProjects], ProjectColumns, [.. projects.Select(p =>
            {
                var row = Records.ProjectRow(p);
                row["participantCount"] = byProject[p.Id].Count();
                row["participantCountries"] = byProject[p.Id].Select(x => countryOf.GetValueOrDefault(x.ActorId)).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
                return row;
            })]) { Label = "Project" },
            new("graph_version.csv", [], [new("key"), new("value", "long")], [Row(("key", "graph"), ("value", version))]) { Label = "GraphVersion", IdColumn = "key" },
            Rel("located_in.csv", Statements.MergeLocatedIn, ("LOCATED_IN", "Actor", "id", "Region", "regionId"), [],
                actors.Where(a => regionIds.Contains(a.RegionId)).Select(a => Row(("id", a.Id), ("regionId", a.RegionId)))),
            Rel("participates_in.csv", Statements.MergeParticipations, ("PARTICIPATES_IN", "Actor", "actorId", "Project", "projectId"), [new("role"), new("contribution")],
                participations.Select(p => Row(("actorId", p.ActorId), ("projectId", p.ProjectId), ("role", p.Role),
                    ("contribution", p.Contribution?.ToString(System.Globalization.CultureInfo.InvariantCulture))))),
            // A declared tie keeps the tie's years: the store merges the broker's years into them, the export cannot split them again.
            Rel("declared_collaboration.csv", Statements.MergeDeclaredCollaborations, ("DECLARED_COLLABORATION", "Actor", "first", "Actor", "second"),
                [new("firstYear", "long"), new("lastYear", "long"), new("evidence")],
                ties.Where(t => t.Declared).Select(t => Row(("first", t.ActorId), ("second", t.OtherActorId), ("firstYear", t.FirstYear), ("lastYear", t.LastYear), ("evidence", t.DeclaredEvidence)))),
            Rel("collaborates_with.csv", Statements.MergeTies, ("COLLABORATES_WITH", "Actor", "first", "Actor", "second"),
                [new("weight", "long"), new("firstYear", "long"), new("lastYear", "long"), new("declared", "boolean"), new("evidence")],
                ties.Select(t => Row(("first", t.ActorId), ("second", t.OtherActorId), ("weight", t.Weight), ("firstYear", t.FirstYear), ("lastYear", t.LastYear),
                    ("declared", t.Declared), ("evidence", t.Declared ? t.DeclaredEvidence : null)))),
            Rel("member_of.csv", Statements.MergeMemberships, ("MEMBER_OF", "Actor", "memberId", "Actor", "clusterId"), [],
                memberships.OrderBy(m => m.MemberId, StringComparer.Ordinal).ThenBy(m => m.ClusterId, StringComparer.Ordinal).Select(m => Row(("memberId", m.MemberId), ("clusterId", m.ClusterId)))),
            Rel("active_in_derived.csv", Statements.MergeDerivedActiveIn, ("ACTIVE_IN", "Actor", "actorId", "S3Domain", "domainId"), [new("source"), new("weight", "long")],
                actorDomains.Values.SelectMany(list => list).Where(d => d.Source == EdgeSource.Derived && allDomainIds.Contains(d.DomainId))
                    .Select(d => Row(("actorId", d.ActorId), ("domainId", d.DomainId), ("source", "Derived"), ("weight", d.Weight)))),
            Rel("active_in_declared.csv", Statements.MergeDeclaredDomains, ("ACTIVE_IN", "Actor", "actorId", "S3Domain", "domainId"), [new("source"), new("weight", "long")],
                actorDomains.Values.SelectMany(list => list).Where(d => d.Source == EdgeSource.Declared)
                    .Select(d => Row(("actorId", d.ActorId), ("domainId", d.DomainId), ("source", "Declared"), ("weight", 1)))),
            Rel("prioritises.csv", Statements.MergePriorities, ("PRIORITISES", "Region", "regionId", "S3Domain", "domainId"), [new("priority")],
                priorities.Select(p => Row(("regionId", p.RegionId), ("domainId", p.DomainId), ("priority", p.Priority)))),
            new("project_counts", [Statements.SetProjectDerived], [], [.. projects.Select(p => Row(("id", p.Id)))]),
        ];
    }

    private static ExportTable Rel(
        string file, string statement, (string Type, string StartLabel, string StartKey, string EndLabel, string EndKey) rel,
        ExportColumn[] columns, IEnumerable<Dictionary<string, object?>> rows) =>
        new(file, [statement], columns, [.. rows]) { Relationship = rel };

    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    private static async Task<List<T>> AllAsync<T>(Func<PageRequest, Task<Page<T>>> read)
    {
        var items = new List<T>();
        string? after = null;
        while (true)
        {
            var page = await read(new PageRequest(First: 100, After: after)).ConfigureAwait(false);
            items.AddRange(page.Edges.Select(e => e.Node));
            if (!page.HasNextPage)
            {
                return items;
            }

            after = page.EndCursor;
        }
    }
}
