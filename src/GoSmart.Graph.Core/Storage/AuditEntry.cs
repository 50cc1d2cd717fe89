namespace GoSmart.Graph.Core.Storage;

/// <summary>One recorded change: who did what to which node, when, with the state before and after (JSON, null for none).</summary>
/// <param name="Sequence">Assigned by the store when the entry is written (0 before); increases with every entry.</param>
/// <param name="Principal">The credential's name (never the credential itself).</param>
/// <param name="Operation">What was done, e.g. <c>upsertActor</c>.</param>
/// <param name="TargetId">The node or relationship changed, e.g. <c>actor:pic-999889193</c>.</param>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string Principal, string Operation, string TargetId)
{
    public string? Before { get; init; }

    public string? After { get; init; }
}
