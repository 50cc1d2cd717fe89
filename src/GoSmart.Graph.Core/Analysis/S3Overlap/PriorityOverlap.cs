using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.S3Overlap;

/// <summary>
/// The S3 domains a set of regions all prioritise (PRIORITISES), with the actors active in each within
/// those regions and the collaborations already crossing between them; O(r·p + n + m) per domain.
/// </summary>
/// <remarks>
/// A region has a domain when it prioritises it itself: an actor's activity does not make a priority,
/// and a country's priorities are not inherited by its regions (the seed lists them where they apply).
/// An actor belongs to a given region when it is located in it or in a region inside it; the given
/// regions must not overlap. Shared domains come with the most cross-region collaborations first, then
/// the most actors, then by id.
/// </remarks>
public static class PriorityOverlap
{
    /// <param name="regions">The given regions, each with every region id inside it (itself included).</param>
    /// <param name="priorities">The domain ids each given region prioritises.</param>
    public static IReadOnlyList<SharedDomain> Find(
        GraphSnapshot snapshot,
        IReadOnlyList<(string RegionId, IReadOnlySet<string> Covers)> regions,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> priorities,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(priorities);
        if (regions.Count == 0)
        {
            return [];
        }

        var shared = new SortedSet<string>(priorities.GetValueOrDefault(regions[0].RegionId) ?? [], StringComparer.Ordinal);
        foreach (var (regionId, _) in regions.Skip(1))
        {
            shared.IntersectWith(priorities.GetValueOrDefault(regionId) ?? []);
        }

        var slotOfRegion = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < regions.Count; s++)
        {
            foreach (var id in regions[s].Covers)
            {
                if (!slotOfRegion.TryAdd(id, s))
                {
                    throw new ArgumentException($"The regions overlap at `{id}`.", nameof(regions));
                }
            }
        }

        var slot = new int[snapshot.NodeCount];
        for (var i = 0; i < slot.Length; i++)
        {
            slot[i] = slotOfRegion.GetValueOrDefault(snapshot.RegionIds[i], -1);
        }

        var regionIds = regions.Select(r => r.RegionId).ToList();
        var result = new List<SharedDomain>(shared.Count);
        foreach (var domainId in shared)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(Domain(snapshot, domainId, regionIds, slot, cancellationToken));
        }

        result.Sort((p, q) =>
            p.CrossRegionCollaborations != q.CrossRegionCollaborations ? q.CrossRegionCollaborations.CompareTo(p.CrossRegionCollaborations)
            : p.Actors.Count != q.Actors.Count ? q.Actors.Count.CompareTo(p.Actors.Count)
            : string.CompareOrdinal(p.DomainId, q.DomainId));
        return result;
    }

    private static SharedDomain Domain(GraphSnapshot snapshot, string domainId, List<string> regionIds, int[] slot, CancellationToken cancellationToken)
    {
        var d = snapshot.DomainIndexOf(domainId);
        if (d < 0)
        {
            return new SharedDomain(domainId, regionIds, [], 0, 0);
        }

        var active = new bool[snapshot.NodeCount];
        var actors = new List<(int Node, int Weight)>();
        for (var i = 0; i < active.Length; i++)
        {
            if (slot[i] < 0)
            {
                continue;
            }

            var at = snapshot.DomainsOf(i).BinarySearch(d);
            if (at >= 0)
            {
                active[i] = true;
                actors.Add((i, snapshot.ActorDomainWeights[snapshot.DomainOffsets[i] + at]));
            }
        }

        int pairs = 0;
        long projects = 0;
        foreach (var (u, _) in actors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = snapshot.Offsets[u];
            var neighbours = snapshot.NeighboursOf(u);
            for (var k = 0; k < neighbours.Length; k++)
            {
                var v = neighbours[k];
                if (v > u && active[v] && slot[v] != slot[u])
                {
                    pairs++;
                    projects += snapshot.Weights[start + k];
                }
            }
        }

        actors.Sort((p, q) => p.Weight != q.Weight ? q.Weight.CompareTo(p.Weight) : p.Node.CompareTo(q.Node));
        return new SharedDomain(
            domainId,
            regionIds,
            actors.Select(a => new DomainActor(snapshot.ActorIds[a.Node], regionIds[slot[a.Node]], a.Weight)).ToList(),
            pairs,
            projects);
    }
}
