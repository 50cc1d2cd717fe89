namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// The generic exchange format: a nodes file and an edges file, UTF-8 CSV (RFC 4180) with a header.
/// Columns are found by name, extra columns are ignored, lists inside a field are separated by
/// <see cref="ListSeparator"/>. The README's "Import and export" section documents every column.
/// </summary>
public static class GraphCsvFormat
{
    public const char ListSeparator = '|';

    public const string NodesFile = "nodes.csv";

    public const string EdgesFile = "edges.csv";

    /// <summary>Columns a nodes file must have.</summary>
    public static readonly IReadOnlyList<string> RequiredNodeColumns = ["id", "type", "name"];

    /// <summary>Every column of a nodes file, in the order the exporter writes them.</summary>
    public static readonly IReadOnlyList<string> NodeColumns =
    [
        "id", "type", "name",
        "kind", "country", "region", "city", "sme", "website", "pic", "short_name", "alt_names",
        "code", "level", "parent", "gosmart_role",
        "description",
        "acronym", "programme", "start_date", "end_date", "topic_code", "url", "domains",
    ];

    /// <summary>Columns an edges file must have.</summary>
    public static readonly IReadOnlyList<string> RequiredEdgeColumns = ["source", "target", "type"];

    /// <summary>Every column of an edges file, in the order the exporter writes them.</summary>
    public static readonly IReadOnlyList<string> EdgeColumns =
    [
        "source", "target", "type", "role", "contribution", "first_year", "last_year", "evidence", "priority",
    ];

    public const string Actor = "Actor";
    public const string Region = "Region";
    public const string Domain = "S3Domain";
    public const string Project = "Project";

    public const string ParticipatesIn = "PARTICIPATES_IN";
    public const string CollaboratesWith = "COLLABORATES_WITH";
    public const string MemberOf = "MEMBER_OF";
    public const string ActiveIn = "ACTIVE_IN";
    public const string Prioritises = "PRIORITISES";
}
