namespace GoSmart.Graph.Neo4j;

/// <summary>How the Neo4j store serves path searches (<c>Neo4j:PathSearch</c>).</summary>
public enum PathSearchMode
{
    /// <summary>Read only the corridor the paths can use, level by level in Cypher.</summary>
    Pushdown,

    /// <summary>Read the whole-graph snapshot (cached per graph version), as whole-graph analytics do.</summary>
    Snapshot,
}
