namespace GoSmart.Graph.Neo4j.Http;

/// <summary>Sent as <c>accessMode</c>: a cluster routes reads to followers and writes to the leader.</summary>
public enum AccessMode
{
    Read,
    Write,
}
