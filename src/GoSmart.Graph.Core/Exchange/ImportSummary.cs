namespace GoSmart.Graph.Core.Exchange;

/// <summary>What an import wrote, per kind of record, and how many rows it rejected (and where it put them).</summary>
public sealed record ImportSummary(IReadOnlyList<KeyValuePair<string, long>> Written, long Rejected, string? RejectFile, int Batches)
{
    public long WrittenTotal => Written.Sum(kv => kv.Value);

    /// <summary>The first rejects as "file line N: reason".</summary>
    public IReadOnlyList<string> FirstRejects { get; init; } = [];

    /// <summary>Where the time went, phase by phase, when the import measured it.</summary>
    public IReadOnlyList<KeyValuePair<string, TimeSpan>> Phases { get; init; } = [];
}
