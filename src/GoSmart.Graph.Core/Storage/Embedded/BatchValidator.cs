using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// Rejects a batch before anything is written: a relationship must name nodes that exist in the
/// store or in the same batch, a key may appear once per batch, and ties may not loop. Node
/// properties that point elsewhere (an actor's region, a project's domains) are not checked, so a
/// partial import can still be loaded.
/// </summary>
internal static class BatchValidator
{
    private const int MaxReported = 10;

    public static void Validate(GraphIndex index, GraphBatch batch) =>
        Validate(index.ActorIndex.ContainsKey, index.ProjectIndex.ContainsKey, index.Regions.ContainsKey, index.DomainIds.Contains, batch);

    /// <summary>Validates against any store, given what it already holds.</summary>
    public static void Validate(
        Func<string, bool> actorStored, Func<string, bool> projectStored, Func<string, bool> regionStored, Func<string, bool> domainStored, GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var problems = new List<string>();
        var actorIds = Unique(batch.Actors, a => a.Id, "actor", problems);
        var projectIds = Unique(batch.Projects, p => p.Id, "project", problems);
        var regionIds = Unique(batch.Regions, r => r.Id, "region", problems);
        var domainIds = Unique(batch.Domains, d => d.Id, "domain", problems);
        Unique(batch.Participations, p => $"{p.ActorId} in {p.ProjectId}", "participation", problems);
        Unique(batch.DeclaredCollaborations, c => new ActorPair(c.ActorId, c.OtherActorId).ToString(), "declared collaboration", problems);
        Unique(batch.Memberships, m => $"{m.MemberId} of {m.ClusterId}", "membership", problems);
        Unique(batch.DeclaredDomains, d => $"{d.ActorId} in {d.DomainId}", "declared domain", problems);
        Unique(batch.RegionPriorities, r => $"{r.RegionId} prioritises {r.DomainId}", "region priority", problems);

        bool Actor(string id) => actorIds.Contains(id) || actorStored(id);
        bool Project(string id) => projectIds.Contains(id) || projectStored(id);
        bool Region(string id) => regionIds.Contains(id) || regionStored(id);
        bool Domain(string id) => domainIds.Contains(id) || domainStored(id);

        foreach (var a in batch.Actors)
        {
            if (string.IsNullOrWhiteSpace(a.Name) || !Enum.IsDefined(a.Kind) || a.Country is null || a.RegionId is null)
            {
                problems.Add($"actor {a.Id} needs a name, a known kind, a country and a region id");
            }
        }

        foreach (var p in batch.Participations)
        {
            Require(Actor(p.ActorId), $"participation of unknown actor {p.ActorId} in {p.ProjectId}", problems);
            Require(Project(p.ProjectId), $"participation of {p.ActorId} in unknown project {p.ProjectId}", problems);
            Require(p.Role is not null, $"participation of {p.ActorId} in {p.ProjectId} needs a role", problems);
        }

        foreach (var c in batch.DeclaredCollaborations)
        {
            Require(Actor(c.ActorId) && Actor(c.OtherActorId), $"declared collaboration {c.ActorId} - {c.OtherActorId} names an unknown actor", problems);
            Require(!string.Equals(c.ActorId, c.OtherActorId, StringComparison.Ordinal), $"actor {c.ActorId} cannot collaborate with itself", problems);
        }

        foreach (var m in batch.Memberships)
        {
            Require(Actor(m.MemberId) && Actor(m.ClusterId), $"membership {m.MemberId} of {m.ClusterId} names an unknown actor", problems);
            Require(!string.Equals(m.MemberId, m.ClusterId, StringComparison.Ordinal), $"actor {m.MemberId} cannot be a member of itself", problems);
        }

        foreach (var d in batch.DeclaredDomains)
        {
            Require(Actor(d.ActorId), $"declared domain of unknown actor {d.ActorId}", problems);
            Require(Domain(d.DomainId), $"actor {d.ActorId} declared in unknown domain {d.DomainId}", problems);
        }

        foreach (var r in batch.RegionPriorities)
        {
            Require(Region(r.RegionId), $"priority of unknown region {r.RegionId}", problems);
            Require(Domain(r.DomainId), $"region {r.RegionId} prioritises unknown domain {r.DomainId}", problems);
        }

        if (problems.Count > 0)
        {
            var shown = string.Join("; ", problems.Take(MaxReported));
            var more = problems.Count > MaxReported ? $" (and {problems.Count - MaxReported} more)" : string.Empty;
            throw new ArgumentException($"The batch was not applied, it has {problems.Count} problem(s): {shown}{more}.", nameof(batch));
        }
    }

    private static void Require(bool condition, string problem, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }

    private static HashSet<string> Unique<T>(IReadOnlyList<T> items, Func<T, string?> key, string what, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var k = key(item);
            if (string.IsNullOrEmpty(k))
            {
                problems.Add($"a {what} has no id");
            }
            else if (!seen.Add(k))
            {
                problems.Add($"{what} {k} appears twice in the batch");
            }
        }

        return seen;
    }
}
