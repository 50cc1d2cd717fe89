using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage;

/// <summary>
/// A read-only copy of the actor graph in compressed sparse row form, for whole-graph analytics and
/// traversals. Node i has id <c>ActorIds[i]</c> (sorted ordinally); its collaborators are
/// <c>Neighbours[Offsets[i]..Offsets[i + 1]]</c>, ascending, with the matching weights, years and
/// declared flags; its MEMBER_OF ties (either direction) are <c>Members[MemberOffsets[i]..MemberOffsets[i + 1]]</c>,
/// ascending; its ACTIVE_IN domains are <c>ActorDomains[DomainOffsets[i]..DomainOffsets[i + 1]]</c>, ascending
/// indexes into <see cref="DomainIds"/>, with the matching weights. Build one with <see cref="GraphSnapshotBuilder"/>.
/// </summary>
public sealed class GraphSnapshot
{
    public required long Version { get; init; }

    public required IReadOnlyList<string> ActorIds { get; init; }

    public required IReadOnlyList<ActorKind> Kinds { get; init; }

    public required IReadOnlyList<string> Countries { get; init; }

    public required IReadOnlyList<string> RegionIds { get; init; }

    public required int[] Offsets { get; init; }

    public required int[] Neighbours { get; init; }

    public required int[] Weights { get; init; }

    /// <summary>First year of each tie, 0 when unknown.</summary>
    public required int[] FirstYears { get; init; }

    /// <summary>Last year of each tie, 0 when unknown.</summary>
    public required int[] LastYears { get; init; }

    /// <summary>True where a broker declared the tie (it may also have shared projects).</summary>
    public required bool[] Declared { get; init; }

    /// <summary>MEMBER_OF adjacency, undirected: offsets per node into <see cref="Members"/>.</summary>
    public required int[] MemberOffsets { get; init; }

    public required int[] Members { get; init; }

    /// <summary>The S3 domain ids, sorted ordinally; <see cref="ActorDomains"/> indexes into it.</summary>
    public required IReadOnlyList<string> DomainIds { get; init; }

    public required int[] DomainOffsets { get; init; }

    public required int[] ActorDomains { get; init; }

    /// <summary>ACTIVE_IN weight: the actor's projects in the domain (derived), or 1 when only declared.</summary>
    public required int[] ActorDomainWeights { get; init; }

    public int NodeCount => ActorIds.Count;

    public int TieEndCount => Neighbours.Length;

    /// <summary>The node's collaborators, ascending.</summary>
    public ReadOnlySpan<int> NeighboursOf(int node) => Neighbours.AsSpan(Offsets[node], Offsets[node + 1] - Offsets[node]);

    public int DegreeOf(int node) => Offsets[node + 1] - Offsets[node];

    /// <summary>The node's MEMBER_OF partners (clusters it belongs to and members it has), ascending.</summary>
    public ReadOnlySpan<int> MembersOf(int node) => Members.AsSpan(MemberOffsets[node], MemberOffsets[node + 1] - MemberOffsets[node]);

    /// <summary>The node's ACTIVE_IN domains as indexes into <see cref="DomainIds"/>, ascending.</summary>
    public ReadOnlySpan<int> DomainsOf(int node) => ActorDomains.AsSpan(DomainOffsets[node], DomainOffsets[node + 1] - DomainOffsets[node]);

    /// <summary>The position of the tie a–b in the tie arrays (<see cref="Weights"/> etc.), or -1 when there is none.</summary>
    public int TieIndex(int a, int b)
    {
        var at = NeighboursOf(a).BinarySearch(b);
        return at >= 0 ? Offsets[a] + at : -1;
    }

    public int IndexOf(string actorId) => Search(ActorIds, actorId);

    /// <summary>The index of a domain id in <see cref="DomainIds"/>, or -1.</summary>
    public int DomainIndexOf(string domainId) => Search(DomainIds, domainId);

    private static int Search(IReadOnlyList<string> sorted, string id)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = string.CompareOrdinal(sorted[mid], id);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}
