namespace GoSmart.Graph.Core.Storage;

/// <summary>A page of the audit log, newest first: at most <paramref name="First"/> entries older than <paramref name="BeforeSequence"/>.</summary>
/// <param name="TargetId">Only the entries about this node (or relationship key), when given.</param>
public sealed record AuditQuery(int First, long? BeforeSequence = null, string? TargetId = null);
