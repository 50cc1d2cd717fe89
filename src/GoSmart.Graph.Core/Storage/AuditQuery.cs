namespace GoSmart.Graph.Core.Storage;

/// <summary>A page of the audit log, newest first: at most <paramref name="First"/> entries older than <paramref name="BeforeSequence"/>.</summary>
/// <param name="TargetId">
/// Only the entries about this node or relationship key, when given: a node's id finds the entries of the
/// relationships it is an end of too (<c>actor:a</c> finds <c>actor:a|actor:b</c> and <c>actor:a|project:p1</c>).
/// </param>
public sealed record AuditQuery(int First, long? BeforeSequence = null, string? TargetId = null);
