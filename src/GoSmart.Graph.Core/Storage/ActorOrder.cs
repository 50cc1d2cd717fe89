namespace GoSmart.Graph.Core.Storage;

/// <summary>
/// The effective order of an actor list, the same in every store: the requested sorts without
/// repeated fields (name ascending when none is given), then the id; and the tag that cursors carry,
/// so a cursor of one order is refused by another.
/// </summary>
public static class ActorOrder
{
    public static (IReadOnlyList<ActorSort> Sorts, string Tag) Resolve(IReadOnlyList<ActorSort>? order)
    {
        var requested = order is { Count: > 0 } ? order : [new ActorSort(ActorSortField.Name, SortDirection.Ascending)];
        var seen = new HashSet<ActorSortField>();
        var sorts = requested.Where(s => seen.Add(s.Field)).ToArray();
        var tags = sorts.Select(s => $"{s.Field}.{(s.Direction == SortDirection.Descending ? "desc" : "asc")}".ToUpperInvariant());
        return (sorts, "actors:" + string.Join(',', tags));
    }
}
