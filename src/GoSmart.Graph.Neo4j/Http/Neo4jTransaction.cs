namespace GoSmart.Graph.Neo4j.Http;

/// <summary>An open explicit transaction; statements run in it until the client commits.</summary>
public sealed class Neo4jTransaction
{
    private readonly QueryApiClient client;

    internal Neo4jTransaction(QueryApiClient client, string id, string? affinity)
    {
        this.client = client;
        Id = id;
        Affinity = affinity;
    }

    public string Id { get; }

    /// <summary>The cluster member holding the transaction (header <c>neo4j-cluster-affinity</c>), echoed on every request.</summary>
    public string? Affinity { get; }

    public Task<QueryResult> RunAsync(Statement statement, CancellationToken cancellationToken) =>
        client.RunInAsync(this, statement, cancellationToken);
}
