using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// A consistency check over any store that can dump itself: every relationship and every node property
/// that names another node names one that exists, and the store's own counts agree with what it holds.
/// One pass, the node ids held as sets; at most <see cref="MaxReported"/> problems are spelled out.
/// </summary>
public static class GraphDumpCheck
{
    public const int MaxReported = 100;

    public static async Task<GraphCheckResult> CheckAsync(IGraphStore store, IGraphDump dump, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(dump);
        var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var regions = new HashSet<string>(StringComparer.Ordinal);
        var domains = new HashSet<string>(StringComparer.Ordinal);
        var actors = new HashSet<string>(StringComparer.Ordinal);
        var projects = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        long problemCount = 0;
        var counts = new GraphCounts();

        void Require(bool ok, Func<string> problem)
        {
            if (ok)
            {
                return;
            }

            problemCount++;
            if (problems.Count < MaxReported)
            {
                problems.Add(problem());
            }
        }

        var regionParents = new List<(string Region, string Parent)>();
        await foreach (var batch in dump.ReadAllAsync(10_000, cancellationToken).ConfigureAwait(false))
        {
            counts.Add(batch);
            foreach (var r in batch.Regions)
            {
                regions.Add(r.Id);
                if (r.ParentId is not null)
                {
                    regionParents.Add((r.Id, r.ParentId));
                }
            }

            domains.UnionWith(batch.Domains.Select(d => d.Id));
            foreach (var a in batch.Actors)
            {
                actors.Add(a.Id);
                Require(regions.Contains(a.RegionId), () => $"actor {a.Id} is located in {a.RegionId}, which is not a stored region");
            }

            foreach (var p in batch.Projects)
            {
                projects.Add(p.Id);
                foreach (var d in p.S3DomainIds)
                {
                    Require(domains.Contains(d), () => $"project {p.Id} names domain {d}, which is not stored");
                }
            }

            foreach (var p in batch.Participations)
            {
                Require(actors.Contains(p.ActorId) && projects.Contains(p.ProjectId), () => $"participation {p.ActorId} in {p.ProjectId} names a missing node");
            }

            foreach (var c in batch.DeclaredCollaborations)
            {
                Require(actors.Contains(c.ActorId) && actors.Contains(c.OtherActorId), () => $"declared collaboration {c.ActorId} - {c.OtherActorId} names a missing actor");
            }

            foreach (var m in batch.Memberships)
            {
                Require(actors.Contains(m.MemberId) && actors.Contains(m.ClusterId), () => $"membership {m.MemberId} of {m.ClusterId} names a missing actor");
            }

            foreach (var d in batch.DeclaredDomains)
            {
                Require(actors.Contains(d.ActorId) && domains.Contains(d.DomainId), () => $"declared ACTIVE_IN {d.ActorId} in {d.DomainId} names a missing node");
            }

            foreach (var r in batch.RegionPriorities)
            {
                Require(regions.Contains(r.RegionId) && domains.Contains(r.DomainId), () => $"priority of {r.RegionId} on {r.DomainId} names a missing node");
            }
        }

        foreach (var (region, parent) in regionParents)
        {
            Require(regions.Contains(parent), () => $"region {region} lies in {parent}, which is not a stored region");
        }

        Require(stats.Actors == counts.Actors, () => $"the store counts {stats.Actors} actors but holds {counts.Actors}");
        Require(stats.Projects == counts.Projects, () => $"the store counts {stats.Projects} projects but holds {counts.Projects}");
        Require(stats.Participations == counts.Participations, () => $"the store counts {stats.Participations} participations but holds {counts.Participations}");
        Require(stats.Regions == counts.Regions, () => $"the store counts {stats.Regions} regions but holds {counts.Regions}");
        Require(stats.S3Domains == counts.Domains, () => $"the store counts {stats.S3Domains} domains but holds {counts.Domains}");
        return new GraphCheckResult(problems, problemCount, counts);
    }
}
