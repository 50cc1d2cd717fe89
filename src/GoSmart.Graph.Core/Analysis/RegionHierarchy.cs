using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Analysis;

/// <summary>The regions and what lies inside each (a country holds its NUTS regions, a NUTS-1 region its NUTS-2 children), from <see cref="Region.ParentId"/>.</summary>
public sealed class RegionHierarchy
{
    private readonly Dictionary<string, Region> byId;
    private readonly ILookup<string, string> children;

    public RegionHierarchy(IEnumerable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        byId = regions.ToDictionary(r => r.Id, StringComparer.Ordinal);
        children = byId.Values.Where(r => r.ParentId is not null).ToLookup(r => r.ParentId!, r => r.Id, StringComparer.Ordinal);
    }

    public bool Contains(string regionId) => byId.ContainsKey(regionId);

    /// <summary>The region and every region inside it, at any depth.</summary>
    public HashSet<string> WithDescendants(string regionId)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(regionId);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (result.Add(id))
            {
                foreach (var child in children[id])
                {
                    pending.Push(child);
                }
            }
        }

        return result;
    }
}
