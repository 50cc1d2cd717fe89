namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>A token as the object SQLite's progress handler hands back to its callback.</summary>
internal sealed record CancellationBox(CancellationToken Token);
