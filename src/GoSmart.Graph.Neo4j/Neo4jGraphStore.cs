using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Neo4j.Cypher;
using GoSmart.Graph.Neo4j.Http;

namespace GoSmart.Graph.Neo4j;

/// <summary>
/// The store on Neo4j, over its HTTP Query API. Nodes and relationships are written with idempotent
/// <c>UNWIND $rows ... MERGE</c> in one explicit transaction per batch, together with what the store
/// derives (COLLABORATES_WITH, ACTIVE_IN, degrees and counts) and a graph version kept on a singleton
/// <c>GraphVersion</c> node. Whole-graph analytics read a snapshot in pages, cached by that version;
/// path searches read only their corridor (<see cref="IPathCorridorSource"/>).
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private const int BackfillBatchSize = 2_000;

    private readonly QueryApiClient client;
    private readonly Neo4jOptions options;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly SemaphoreSlim snapshotGate = new(1, 1);
    private volatile Versioned<GraphSnapshot>? snapshotCache;
    private volatile Versioned<IReadOnlyDictionary<string, Region>>? regionCache;
    private bool disposed;

    private Neo4jGraphStore(QueryApiClient client, Neo4jOptions options)
    {
        this.client = client;
        this.options = options;
    }

    /// <summary>Connects and creates the constraints and indexes (idempotent).</summary>
    /// <exception cref="StoreUnavailableException">Neo4j cannot be reached.</exception>
    public static Task<Neo4jGraphStore> OpenAsync(Neo4jOptions options, CancellationToken cancellationToken) =>
        OpenAsync(options, null, cancellationToken);

    /// <param name="handler">The HTTP handler to send through (tests record or fault requests); by default a pooled <see cref="SocketsHttpHandler"/>.</param>
    public static async Task<Neo4jGraphStore> OpenAsync(Neo4jOptions options, HttpMessageHandler? handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var client = new QueryApiClient(options, handler);
        try
        {
            foreach (var statement in GraphSchema.Setup)
            {
                await client.RunAsync(new Statement(statement), AccessMode.Write, cancellationToken).ConfigureAwait(false);
            }

            await BackfillSearchKeysAsync(client, cancellationToken).ConfigureAwait(false);
            return new Neo4jGraphStore(client, options);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Gives actors written before search used <c>actor_search</c> the key of their other names (short and
    /// alternative names), in batches, so an upgraded database finds them by those names too. Done once per database:
    /// a marker then says every actor has the key (this version writes it with every actor), so later starts read one
    /// node instead of scanning every actor.
    /// </summary>
    private static async Task BackfillSearchKeysAsync(QueryApiClient client, CancellationToken cancellationToken)
    {
        var complete = await client.RunAsync(new Statement(Statements.SearchKeysComplete), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        if (complete.Records.Single().Long("complete") == 1)
        {
            return;
        }

        while (true)
        {
            var missing = await client.RunAsync(
                new Statement(Statements.ActorsWithoutSearchKey, Params(("limit", (long)BackfillBatchSize))), AccessMode.Read, cancellationToken).ConfigureAwait(false);
            if (missing.Rows.Count == 0)
            {
                break;
            }

            var rows = missing.Records.Select(r => Records.Actor(r.Map("node")))
                .Select(a => (object?)new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = a.Id, ["otherNamesKey"] = Records.OtherNamesKey(a) })
                .ToArray();
            await client.RunAsync(new Statement(Statements.SetSearchKeys, Params(("rows", rows))), AccessMode.Write, cancellationToken).ConfigureAwait(false);
            if (missing.Rows.Count < BackfillBatchSize)
            {
                break;
            }
        }

        await client.RunAsync(new Statement(Statements.MarkSearchKeysComplete), AccessMode.Write, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> GetVersionAsync(CancellationToken cancellationToken)
    {
        var result = await ReadAsync(Statements.Version, Params(), cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => r.Long("version")).FirstOrDefault();
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        (await ReadAsync(Statements.AnyActor, Params(), cancellationToken).ConfigureAwait(false)).Rows.Count == 0;

    public ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            client.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private Task<QueryResult> ReadAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        ReadAsync(new Statement(statement, parameters), cancellationToken);

    private Task<QueryResult> ReadAsync(Statement statement, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return client.RunAsync(statement, AccessMode.Read, cancellationToken);
    }

    private static Dictionary<string, object?> Params(params (string Name, object? Value)[] values)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            result[name] = value;
        }

        return result;
    }

    private static string[] Distinct(IEnumerable<string> ids) => [.. ids.Distinct(StringComparer.Ordinal)];

    private sealed record Versioned<T>(long Version, T Value);
}
