namespace GoSmart.Graph.Neo4j.Cypher;

/// <summary>One key of a keyset order: a Cypher expression, its direction, and whether it is text (else an integer).</summary>
internal sealed record CypherKey(string Expression, bool Descending, bool IsText);
