using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Analysis.Connectors;

/// <summary>
/// A group of actors: those that meet every criterion given (AND). A region includes the regions
/// inside it; a domain means ACTIVE_IN it. A group with no criterion is not a group (see <see cref="IsEmpty"/>).
/// </summary>
public sealed record ActorGroup(string? RegionId = null, string? Country = null, string? DomainId = null, ActorKind? Kind = null)
{
    public bool IsEmpty => RegionId is null && Country is null && DomainId is null && Kind is null;

    /// <summary>Which snapshot nodes belong to the group.</summary>
    public bool[] Members(GraphSnapshot snapshot, RegionHierarchy regions)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(regions);
        var inRegion = RegionId is null ? null : regions.WithDescendants(RegionId);
        var domain = DomainId is null ? -1 : snapshot.DomainIndexOf(DomainId);
        var members = new bool[snapshot.NodeCount];
        if (DomainId is not null && domain < 0)
        {
            return members;
        }

        for (var i = 0; i < members.Length; i++)
        {
            members[i] = (inRegion is null || inRegion.Contains(snapshot.RegionIds[i]))
                && (Country is null || string.Equals(snapshot.Countries[i], Country, StringComparison.Ordinal))
                && (Kind is null || snapshot.Kinds[i] == Kind)
                && (domain < 0 || snapshot.DomainsOf(i).BinarySearch(domain) >= 0);
        }

        return members;
    }
}
