namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>A value computed at a graph version; a reference type so it is published to other threads whole.</summary>
internal sealed record Versioned<T>(long Version, T Value);
