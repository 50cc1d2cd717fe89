using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage;

/// <summary>
/// A read-only copy of the actor graph in compressed sparse row form, for whole-graph analytics.
/// Node i has id <c>ActorIds[i]</c> (sorted ordinally); its collaborators are
/// <c>Neighbours[Offsets[i]..Offsets[i + 1]]</c>, ascending, with the matching weights and years.
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

    public int NodeCount => ActorIds.Count;

    public int IndexOf(string actorId)
    {
        var i = BinarySearch(actorId);
        return i >= 0 ? i : -1;
    }

    private int BinarySearch(string id)
    {
        int lo = 0, hi = ActorIds.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = string.CompareOrdinal(ActorIds[mid], id);
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
