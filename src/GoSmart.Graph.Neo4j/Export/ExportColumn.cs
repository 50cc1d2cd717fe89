namespace GoSmart.Graph.Neo4j.Export;

/// <summary>A property column: its name and its neo4j-admin type (<c>string</c>, <c>long</c>, <c>boolean</c>, <c>string[]</c>, <c>long[]</c>).</summary>
internal sealed record ExportColumn(string Name, string Type = "string");
