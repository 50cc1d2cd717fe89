using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>
/// Puts every actor of a snapshot into one group per <see cref="BrokerageGrouping"/>: its country, its region
/// (as recorded: an actor known only by its country is in that country's region), its kind, or its strongest
/// ACTIVE_IN domain (weight desc, then domain id); actors active in no domain form one group of their own.
/// </summary>
public static class ActorGroups
{
    /// <summary>The label of the group of actors active in no S3 domain.</summary>
    public const string NoDomain = "(no domain)";

    /// <summary>Group number per node (0-based, dense) and the label of each group.</summary>
    public static (int[] Groups, IReadOnlyList<string> Labels) Assign(GraphSnapshot snapshot, BrokerageGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var n = snapshot.NodeCount;
        var labels = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new int[n];
        for (var v = 0; v < n; v++)
        {
            var label = grouping switch
            {
                BrokerageGrouping.Country => snapshot.Countries[v],
                BrokerageGrouping.Region => snapshot.RegionIds[v],
                BrokerageGrouping.Kind => snapshot.Kinds[v].ToString(),
                BrokerageGrouping.S3Domain => StrongestDomain(snapshot, v) is var d and >= 0 ? snapshot.DomainIds[d] : NoDomain,
                _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
            };
            if (!index.TryGetValue(label, out var g))
            {
                g = labels.Count;
                index.Add(label, g);
                labels.Add(label);
            }

            groups[v] = g;
        }

        return (groups, labels);
    }

    /// <summary>The index of the node's strongest ACTIVE_IN domain (weight desc, then id), or -1 when it has none.</summary>
    public static int StrongestDomain(GraphSnapshot snapshot, int node)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var best = -1;
        var bestWeight = int.MinValue;
        for (var e = snapshot.DomainOffsets[node]; e < snapshot.DomainOffsets[node + 1]; e++)
        {
            // Domains are ascending by id, so the first of equal weights is the smaller id.
            if (snapshot.ActorDomainWeights[e] > bestWeight)
            {
                best = snapshot.ActorDomains[e];
                bestWeight = snapshot.ActorDomainWeights[e];
            }
        }

        return best;
    }
}
