namespace GoSmart.Graph.Neo4j.Cypher;

/// <summary>
/// The allow-list of labels and relationship types. Statements are built only from these and from
/// fixed text; every value travels as a parameter.
/// </summary>
public static class GraphSchema
{
    public static IReadOnlyList<string> Labels { get; } = ["Actor", "Region", "S3Domain", "Project", "GraphVersion", "AuditEntry"];

    public static IReadOnlyList<string> RelationshipTypes { get; } =
        ["PARTICIPATES_IN", "COLLABORATES_WITH", "DECLARED_COLLABORATION", "LOCATED_IN", "ACTIVE_IN", "PRIORITISES", "MEMBER_OF"];

    /// <summary>Created at start-up; <c>IF NOT EXISTS</c> makes them safe to run on every start.</summary>
    public static IReadOnlyList<string> Setup { get; } =
    [
        "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
        "CREATE CONSTRAINT region_id IF NOT EXISTS FOR (r:Region) REQUIRE r.id IS UNIQUE",
        "CREATE CONSTRAINT domain_id IF NOT EXISTS FOR (d:S3Domain) REQUIRE d.id IS UNIQUE",
        "CREATE CONSTRAINT project_id IF NOT EXISTS FOR (p:Project) REQUIRE p.id IS UNIQUE",
        "CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.key IS UNIQUE",
        "CREATE CONSTRAINT audit_entry_key IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.key IS UNIQUE",
        "CREATE INDEX audit_entry_sequence IF NOT EXISTS FOR (e:AuditEntry) ON (e.sequence)",
        "CREATE INDEX audit_entry_target IF NOT EXISTS FOR (e:AuditEntry) ON (e.targetId)",
        "CREATE INDEX actor_name_folded IF NOT EXISTS FOR (a:Actor) ON (a.nameFolded)",
        "CREATE INDEX actor_degree IF NOT EXISTS FOR (a:Actor) ON (a.degree)",
        "CREATE INDEX project_start IF NOT EXISTS FOR (p:Project) ON (p.startDate)",
        "CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.shortName, a.alternativeNamesText]",
        // What search queries: our folded words (TextFold), so Lucene's whitespace analyzer sees exactly the embedded store's tokens.
        "CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (a:Actor) ON EACH [a.nameKey, a.otherNamesKey] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
    ];

    /// <summary>Empties a database: only the live check (bench mode <c>neo4j-live</c>) sends it, to a scratch database it is told to use.</summary>
    public const string DeleteEverything = "MATCH (n) DETACH DELETE n";

    public static bool IsLabel(string label) => Labels.Contains(label, StringComparer.Ordinal);

    public static bool IsRelationshipType(string type) => RelationshipTypes.Contains(type, StringComparer.Ordinal);
}
