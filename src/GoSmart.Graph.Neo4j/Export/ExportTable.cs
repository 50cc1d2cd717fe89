namespace GoSmart.Graph.Neo4j.Export;

/// <summary>
/// The rows of one label or relationship type, ready to be written as a neo4j-admin CSV file or as
/// Cypher. <see cref="Statements"/> are the store's own <c>UNWIND $rows ...</c> (or <c>$ids</c>) statements for it.
/// </summary>
internal sealed record ExportTable(
    string File,
    IReadOnlyList<string> Statements,
    IReadOnlyList<ExportColumn> Columns,
    IReadOnlyList<Dictionary<string, object?>> Rows)
{
    /// <summary>For a node file: the label; the <c>id</c> column becomes <c>id:ID(Label)</c>.</summary>
    public string? Label { get; init; }

    /// <summary>For a relationship file: type, start and end labels and the row keys holding the ends.</summary>
    public (string Type, string StartLabel, string StartKey, string EndLabel, string EndKey)? Relationship { get; init; }

    /// <summary>The column holding the node id (<c>id:ID(Label)</c>).</summary>
    public string IdColumn { get; init; } = "id";
}
