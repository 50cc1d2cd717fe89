using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Import;

/// <summary>What the seed folder holds, as one batch, and the rows that had to be skipped (with why).</summary>
public sealed record SeedData(GraphBatch Batch, IReadOnlyList<string> SkippedRows);
