namespace GoSmart.Graph.Core.Exchange;

/// <summary>Where a long-running import or export is: rows done, and bytes of the current file read out of its size when known.</summary>
public sealed record ImportProgress(string Stage, long Rows, long Bytes, long TotalBytes);
