namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>What <see cref="StoreConsistency"/> found: the problems (none when consistent) and the row counts per table.</summary>
public sealed record ConsistencyReport(IReadOnlyList<string> Problems, IReadOnlyDictionary<string, long> Counts, long Version)
{
    public bool IsConsistent => Problems.Count == 0;
}
