namespace GoSmart.Graph.Neo4j.Export;

/// <summary>What an export wrote.</summary>
public sealed record GraphExportSummary(int Nodes, int Relationships, IReadOnlyList<string> Files);
