namespace GoSmart.Graph.Core.Storage;

/// <summary>An item of a page with its opaque keyset cursor.</summary>
public sealed record PageEdge<T>(T Node, string Cursor);
