namespace GoSmart.Graph.Core.Storage;

/// <summary>
/// Relay-style paging: <see cref="First"/>/<see cref="After"/> forwards or <see cref="Last"/>/<see cref="Before"/>
/// backwards. Limits are checked at the edge; the store takes what it is given.
/// </summary>
public sealed record PageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    public static PageRequest FirstN(int n) => new(First: n);
}
