using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Neo4j.Cypher;
using GoSmart.Graph.Neo4j.Http;

namespace GoSmart.Graph.Neo4j;

/// <summary>
/// Writes: validate, then in one transaction remove, upsert, re-derive what the batch touches, record the
/// audit entries and bump the version, as the embedded store does.
/// </summary>
public sealed partial class Neo4jGraphStore
{
    public async Task ApplyAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(disposed, this);
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ValidateAsync(batch, cancellationToken).ConfigureAwait(false);
            // Fixed before the first attempt: a transaction run again after an unanswered commit finds its audit entries.
            var batchKey = Guid.NewGuid().ToString("N");
            await client.RunInTransactionAsync((tx, ct) => WriteAsync(tx, batch, batchKey, ct), cancellationToken).ConfigureAwait(false);
            regionCache = null;
        }
        finally
        {
            writeGate.Release();
        }
    }

    /// <summary>Validates against the store as it will be once the batch's removals are done (removed actors count as absent).</summary>
    private async Task ValidateAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        var removed = batch.Removals.ActorIds.ToHashSet(StringComparer.Ordinal);
        var actors = await ExistingAsync(Statements.ExistingActors,
            batch.Participations.Select(p => p.ActorId)
                .Concat(batch.DeclaredCollaborations.SelectMany(c => new[] { c.ActorId, c.OtherActorId }))
                .Concat(batch.Memberships.SelectMany(m => new[] { m.MemberId, m.ClusterId }))
                .Concat(batch.DeclaredDomains.Select(d => d.ActorId)), cancellationToken).ConfigureAwait(false);
        var projects = await ExistingAsync(Statements.ExistingProjects, batch.Participations.Select(p => p.ProjectId), cancellationToken).ConfigureAwait(false);
        var regions = await ExistingAsync(Statements.ExistingRegions, batch.RegionPriorities.Select(r => r.RegionId), cancellationToken).ConfigureAwait(false);
        var domains = await ExistingAsync(Statements.ExistingDomains,
            batch.RegionPriorities.Select(r => r.DomainId).Concat(batch.DeclaredDomains.Select(d => d.DomainId)), cancellationToken).ConfigureAwait(false);
        actors.ExceptWith(removed);
        BatchValidator.Validate(actors.Contains, projects.Contains, regions.Contains, domains.Contains, batch);
    }

    private async Task<HashSet<string>> ExistingAsync(string statement, IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.OfType<string>().Distinct(StringComparer.Ordinal).Chunk(options.BatchSize))
        {
            var result = await ReadAsync(statement, Params(("ids", chunk)), cancellationToken).ConfigureAwait(false);
            found.UnionWith(result.Records.Select(r => r.String("id")));
        }

        return found;
    }

    private async Task WriteAsync(Neo4jTransaction tx, GraphBatch batch, string batchKey, CancellationToken ct)
    {
        var removed = batch.Removals.IsEmpty ? null : await RemoveAsync(tx, batch.Removals, ct).ConfigureAwait(false);
        await RowsAsync(tx, Statements.MergeRegions, batch.Regions.Select(Records.RegionRow), ct).ConfigureAwait(false);
        await RowsAsync(tx, Statements.MergeDomains, batch.Domains.Select(d => Row(("id", d.Id), ("name", d.Name), ("description", d.Description))), ct).ConfigureAwait(false);
        await RowsAsync(tx, Statements.MergeActors, batch.Actors.Select(Records.ActorRow), ct).ConfigureAwait(false);
        await RowsAsync(tx, Statements.ClearMovedLocatedIn, batch.Actors.Select(a => Row(("id", a.Id), ("regionId", a.RegionId))), ct).ConfigureAwait(false);
        await RowsAsync(tx, Statements.MergeLocatedIn, batch.Actors.Select(a => Row(("id", a.Id), ("regionId", a.RegionId))), ct).ConfigureAwait(false);
        await RowsAsync(tx, Statements.MergeProjects, batch.Projects.Select(Records.ProjectRow), ct).ConfigureAwait(false);
        await RowsAsync(tx, Statements.MergeParticipations, batch.Participations.Select(p => Row(
            ("actorId", p.ActorId), ("projectId", p.ProjectId), ("role", p.Role),
            ("contribution", p.Contribution?.ToString(System.Globalization.CultureInfo.InvariantCulture)))), ct).ConfigureAwait(false);
        await RowsAsync(tx, Statements.MergeDeclaredCollaborations, batch.DeclaredCollaborations.Select(c =>
        {
            var pair = new ActorPair(c.ActorId, c.OtherActorId);
            return Row(("first", pair.First), ("second", pair.Second), ("firstYear", c.FirstYear), ("lastYear", c.LastYear), ("evidence", c.Evidence));
        }), ct).ConfigureAwait(false);
        await RowsAsync(tx, Statements.MergeMemberships, batch.Memberships.Select(m => Row(("memberId", m.MemberId), ("clusterId", m.ClusterId))), ct).ConfigureAwait(false);
        await RowsAsync(tx, Statements.MergeDeclaredDomains, batch.DeclaredDomains.Select(d => Row(("actorId", d.ActorId), ("domainId", d.DomainId))), ct).ConfigureAwait(false);
        await RowsAsync(tx, Statements.MergePriorities, batch.RegionPriorities.Select(r => Row(("regionId", r.RegionId), ("domainId", r.DomainId), ("priority", r.Priority))), ct).ConfigureAwait(false);

        await DeriveAsync(tx, batch, removed, ct).ConfigureAwait(false);
        await WriteAuditAsync(tx, batch.Audit, batchKey, ct).ConfigureAwait(false);
        await tx.RunAsync(new Statement(Statements.BumpVersion), ct).ConfigureAwait(false);
    }

    /// <summary>What removals leave to re-derive: the surviving actors whose ties, projects or domains may have changed, and projects that lost participants.</summary>
    private sealed record Removed(HashSet<string> ActorIds, HashSet<string> Affected, HashSet<string> Projects);

    /// <summary>
    /// Deletes what the batch removes, like the embedded store: an actor with every relationship it has
    /// (DETACH DELETE), participations, declared ties, memberships and declared domains. Removing what does
    /// not exist deletes nothing.
    /// </summary>
    private async Task<Removed> RemoveAsync(Neo4jTransaction tx, GraphRemovals removals, CancellationToken ct)
    {
        var actorIds = removals.ActorIds.ToHashSet(StringComparer.Ordinal);
        var affected = new HashSet<string>(StringComparer.Ordinal);
        var projects = new HashSet<string>(StringComparer.Ordinal);

        // Read before the actors go: their tie neighbours lose a tie, their projects a participant.
        affected.UnionWith(await IdsAsync(tx, Statements.TieNeighbours, actorIds, ct).ConfigureAwait(false));
        projects.UnionWith(await IdsAsync(tx, Statements.ProjectsOfActors, actorIds, ct).ConfigureAwait(false));

        await RowsAsync(tx, Statements.RemoveParticipations, removals.Participations.Select(p => Row(("actorId", p.ActorId), ("projectId", p.ProjectId))), ct).ConfigureAwait(false);
        affected.UnionWith(removals.Participations.Select(p => p.ActorId));
        projects.UnionWith(removals.Participations.Select(p => p.ProjectId));

        await RowsAsync(tx, Statements.RemoveDeclaredCollaborations, removals.DeclaredCollaborations.Select(p => Row(("first", p.First), ("second", p.Second))), ct).ConfigureAwait(false);
        affected.UnionWith(removals.DeclaredCollaborations.SelectMany(p => new[] { p.First, p.Second }));

        await RowsAsync(tx, Statements.RemoveMemberships, removals.Memberships.Select(m => Row(("memberId", m.MemberId), ("clusterId", m.ClusterId))), ct).ConfigureAwait(false);

        await RowsAsync(tx, Statements.RemoveDeclaredDomains, removals.DeclaredDomains.Select(d => Row(("actorId", d.ActorId), ("domainId", d.DomainId))), ct).ConfigureAwait(false);
        affected.UnionWith(removals.DeclaredDomains.Select(d => d.ActorId));

        foreach (var chunk in actorIds.Order(StringComparer.Ordinal).Chunk(options.BatchSize))
        {
            await tx.RunAsync(new Statement(Statements.RemoveActors, Params(("ids", chunk))), ct).ConfigureAwait(false);
        }

        affected.ExceptWith(actorIds);
        return new Removed(actorIds, affected, projects);
    }

    /// <summary>Appends the audit entries with the next sequence numbers, in the batch's transaction.</summary>
    private async Task WriteAuditAsync(Neo4jTransaction tx, IReadOnlyList<AuditEntry> entries, string batchKey, CancellationToken ct)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var reserved = await tx.RunAsync(new Statement(Statements.ReserveAuditSequence, Params(("count", entries.Count))), ct).ConfigureAwait(false);
        var first = reserved.Records.Single().Long("last") - entries.Count + 1;
        await RowsAsync(tx, Statements.MergeAuditEntries, entries.Select((e, i) => Row(
            ("key", $"{batchKey}-{i}"),
            ("sequence", first + i),
            ("at", e.At.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
            ("principal", e.Principal),
            ("operation", e.Operation),
            ("targetId", e.TargetId),
            ("before", e.Before),
            ("after", e.After))), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Re-derives ties, ACTIVE_IN and counts of every actor the batch may have changed: the participants of
    /// the projects it touches, the ends of declared ties, and actors with declared domains.
    /// </summary>
    private async Task DeriveAsync(Neo4jTransaction tx, GraphBatch batch, Removed? removed, CancellationToken ct)
    {
        var upserted = batch.Actors.Select(a => a.Id).ToArray();
        var projects = new HashSet<string>(batch.Projects.Select(p => p.Id).Concat(batch.Participations.Select(p => p.ProjectId)), StringComparer.Ordinal);
        projects.UnionWith(await IdsAsync(tx, Statements.ProjectsOfActors, upserted, ct).ConfigureAwait(false));
        projects.UnionWith(removed?.Projects ?? []);
        var actors = new HashSet<string>(await IdsAsync(tx, Statements.ActorsOfProjects, projects, ct).ConfigureAwait(false), StringComparer.Ordinal);
        actors.UnionWith(batch.DeclaredCollaborations.SelectMany(c => new[] { c.ActorId, c.OtherActorId }));
        actors.UnionWith(batch.DeclaredDomains.Select(d => d.ActorId));
        actors.UnionWith(upserted);
        if (removed is not null)
        {
            actors.UnionWith(removed.Affected);
            actors.ExceptWith(removed.ActorIds.Except(upserted, StringComparer.Ordinal));

            // Upserts only add ties; after removals a tie may no longer be derived, so these actors' ties are
            // cleared first and merged again below from what still derives them.
            foreach (var chunk in actors.Order(StringComparer.Ordinal).Chunk(options.BatchSize))
            {
                await tx.RunAsync(new Statement(Statements.ClearTies, Params(("ids", chunk))), ct).ConfigureAwait(false);
            }
        }

        foreach (var chunk in actors.Order(StringComparer.Ordinal).Chunk(options.BatchSize))
        {
            var ids = Params(("ids", chunk));
            var shared = await tx.RunAsync(new Statement(Statements.SharedProjectTies, ids), ct).ConfigureAwait(false);
            var declared = await tx.RunAsync(new Statement(Statements.DeclaredTies, ids), ct).ConfigureAwait(false);
            var projectDomains = await tx.RunAsync(new Statement(Statements.ActorProjectDomains, ids), ct).ConfigureAwait(false);
            var declaredDomains = await tx.RunAsync(new Statement(Statements.DeclaredDomainsOf, ids), ct).ConfigureAwait(false);

            var ties = TieDerivation.Derive(shared, declared);
            var degrees = ties.GroupBy(t => t.Actor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var declaredByActor = declaredDomains.Records.ToLookup(r => r.String("actor"), r => r.String("domain"), StringComparer.Ordinal);
            var actorRows = new List<Dictionary<string, object?>>();
            var activeRows = new List<Dictionary<string, object?>>();
            foreach (var r in projectDomains.Records)
            {
                var id = r.String("actor");
                var derived = r.List("domainLists").OfType<IEnumerable<object?>>().SelectMany(l => l.OfType<string>().Distinct(StringComparer.Ordinal))
                    .GroupBy(d => d, StringComparer.Ordinal)
                    .Select(g => (Domain: g.Key, Weight: g.Count()))
                    .OrderByDescending(d => d.Weight).ThenBy(d => d.Domain, StringComparer.Ordinal)
                    .ToArray();
                actorRows.Add(Row(
                    ("id", id),
                    ("degree", degrees.GetValueOrDefault(id)),
                    ("projectCount", r.Int("projects")),
                    ("domainIds", derived.Select(d => d.Domain).Concat(declaredByActor[id]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()),
                    ("derivedDomainIds", derived.Select(d => d.Domain).ToArray()),
                    ("derivedDomainWeights", derived.Select(d => (long)d.Weight).ToArray())));
                activeRows.AddRange(derived.Select(d => Row(("actorId", id), ("domainId", d.Domain), ("weight", d.Weight))));
            }

            await RowsAsync(tx, Statements.MergeTies, ties.Where(t => string.CompareOrdinal(t.Actor, t.Other) < 0 || !actors.Contains(t.Other)).Select(t =>
            {
                var pair = new ActorPair(t.Actor, t.Other);
                return Row(("first", pair.First), ("second", pair.Second), ("weight", t.Weight), ("firstYear", t.FirstYear), ("lastYear", t.LastYear),
                    ("declared", t.Declared), ("evidence", t.Evidence));
            }), ct).ConfigureAwait(false);
            await RowsAsync(tx, Statements.SetActorDerived, actorRows, ct).ConfigureAwait(false);
            await tx.RunAsync(new Statement(Statements.ClearDerivedActiveIn, ids), ct).ConfigureAwait(false);
            await RowsAsync(tx, Statements.MergeDerivedActiveIn, activeRows, ct).ConfigureAwait(false);
        }

        foreach (var chunk in projects.Order(StringComparer.Ordinal).Chunk(options.BatchSize))
        {
            await tx.RunAsync(new Statement(Statements.SetProjectDerived, Params(("ids", chunk))), ct).ConfigureAwait(false);
        }
    }

    private async Task<string[]> IdsAsync(Neo4jTransaction tx, string statement, IEnumerable<string> ids, CancellationToken ct)
    {
        var found = new List<string>();
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(options.BatchSize))
        {
            var result = await tx.RunAsync(new Statement(statement, Params(("ids", chunk))), ct).ConfigureAwait(false);
            found.AddRange(result.Records.Select(r => r.String("id")));
        }

        return [.. found];
    }

    private async Task RowsAsync(Neo4jTransaction tx, string statement, IEnumerable<Dictionary<string, object?>> rows, CancellationToken ct)
    {
        foreach (var chunk in rows.Chunk(options.BatchSize))
        {
            await tx.RunAsync(new Statement(statement, Params(("rows", chunk))), ct).ConfigureAwait(false);
        }
    }

    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] values) => Params(values);
}
