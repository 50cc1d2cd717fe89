using System.Diagnostics;
using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Neo4j;
using GoSmart.Graph.Neo4j.Cypher;
using GoSmart.Graph.Neo4j.Http;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// A real Neo4j named by the environment (NEO4J_URI, NEO4J_DATABASE, NEO4J_USER, NEO4J_PASSWORD), and the store
/// parity check run against it: the same batches to the embedded store and to Neo4j, every read of the port
/// compared after each, and every path search pushed down compared with the embedded store's. Used by the
/// live tests (category Neo4jLive) and by the bench command neo4j-live. The database named is emptied.
/// </summary>
public static class LiveNeo4j
{
    public const string Category = "Neo4jLive";

    public const string Missing =
        "The live Neo4j tests need NEO4J_URI (e.g. http://localhost:7474) and NEO4J_DATABASE (a scratch database: it is emptied), " +
        "plus NEO4J_USER and NEO4J_PASSWORD when the server asks for them. Set NEO4J_URI to run them; " +
        "scripts/test.sh leaves them out (--filter Category!=Neo4jLive) when it is not set.";

    private static readonly CancellationToken Ct = CancellationToken.None;

    /// <summary>The settings from the environment, or null when NEO4J_URI or NEO4J_DATABASE is not set.</summary>
    public static Neo4jOptions? FromEnvironment()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        var database = Environment.GetEnvironmentVariable("NEO4J_DATABASE");
        if (string.IsNullOrEmpty(uri) || string.IsNullOrEmpty(database))
        {
            return null;
        }

        return new Neo4jOptions
        {
            Uri = new Uri(uri),
            Database = database,
            User = Environment.GetEnvironmentVariable("NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            RequestTimeout = TimeSpan.FromMinutes(5),
            MaxExecutionTime = TimeSpan.FromMinutes(5),
        };
    }

    /// <summary>Deletes every node and relationship of the database.</summary>
    public static async Task EmptyAsync(Neo4jOptions options)
    {
        using var client = new QueryApiClient(options);
        await client.RunAsync(new Statement(GraphSchema.DeleteEverything), AccessMode.Write, Ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Empties the database, then applies <see cref="Steps"/> to a temporary embedded store and to Neo4j, comparing
    /// after each every read of the port, audit log pages, and the k best paths between every pair of actors
    /// (pushed down on Neo4j, over the snapshot on the embedded store). Returns what differs, described.
    /// </summary>
    public static async Task<(int Reads, IReadOnlyList<string> Differences)> CompareStoresAsync(Neo4jOptions options, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        await EmptyAsync(options).ConfigureAwait(false);
        var directory = Path.Combine(Path.GetTempPath(), "gosmart-neo4j-live", Guid.NewGuid().ToString("N"));
        var differences = new List<string>();
        var reads = 0;
        try
        {
            await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory }, Ct).ConfigureAwait(false);
            await using var neo4j = await Neo4jGraphStore.OpenAsync(options, Ct).ConfigureAwait(false);
            foreach (var (name, batch) in Steps())
            {
                var clock = Stopwatch.StartNew();
                await embedded.ApplyAsync(batch, Ct).ConfigureAwait(false);
                var embeddedTime = clock.Elapsed;
                clock.Restart();
                await neo4j.ApplyAsync(batch, Ct).ConfigureAwait(false);
                var neo4jTime = clock.Elapsed;

                var expected = await StoreDescription.DescribeAsync(embedded).ConfigureAwait(false);
                var actual = await StoreDescription.DescribeAsync(neo4j).ConfigureAwait(false);
                foreach (var query in new AuditQuery[] { new(100), new(2), new(5, BeforeSequence: 3), new(10, TargetId: "actor:b") })
                {
                    var key = $"audit {query}";
                    expected[key] = string.Join('\n', await embedded.GetAuditLogAsync(query, Ct).ConfigureAwait(false));
                    actual[key] = string.Join('\n', await neo4j.GetAuditLogAsync(query, Ct).ConfigureAwait(false));
                }

                await DescribePathsAsync(embedded, neo4j, expected, actual).ConfigureAwait(false);
                var differing = expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).ToArray();
                differences.AddRange(differing.Select(key =>
                    $"after {name}: {key}\n  embedded: {expected.GetValueOrDefault(key)}\n  neo4j:    {actual.GetValueOrDefault(key)}"));
                reads += expected.Count;
                log($"{name}: written in {embeddedTime.TotalMilliseconds:0} ms (embedded) and {neo4jTime.TotalMilliseconds:0} ms (Neo4j); {expected.Count} reads compared, {differing.Length} differ");
            }

            return (reads, differences);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    /// <summary>The partners graph, removals with audit entries, then an actor removed and added back.</summary>
    public static IEnumerable<(string Name, GraphBatch Batch)> Steps()
    {
        var at = new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);
        yield return ("partners graph", TestGraphs.Partners() with { Audit = [new AuditEntry(0, at, "live-check", "import", "graph")] });
        yield return ("removals", new GraphBatch
        {
            Removals = new GraphRemovals
            {
                Participations = [new ParticipationKey("actor:a", "project:p1")],
                DeclaredCollaborations = [new ActorPair("actor:d", "actor:a")],
                Memberships = [new Membership("actor:e", "actor:d")],
                DeclaredDomains = [new ActorDomainKey("actor:f", "domain:ict")],
            },
            Audit = [new AuditEntry(0, at.AddMinutes(1), "live-check", "unlink", "actor:a") { Before = "{}" }],
        });
        yield return ("actor removed", new GraphBatch
        {
            Removals = new GraphRemovals { ActorIds = ["actor:b"] },
            Audit = [new AuditEntry(0, at.AddMinutes(2), "live-check", "removeActor", "actor:b") { Before = "{\"name\":\"HWWI\"}" }],
        });
        yield return ("actor added back", new GraphBuilder().Actor("b", "Hamburg Institute", ActorKind.Research, "DE", "region:DE60").Participation("b", "p3").Build()
            with { Audit = [new AuditEntry(0, at.AddMinutes(3), "live-check", "upsertActor", "actor:b") { After = "{\"name\":\"Hamburg Institute\"}" }] });
    }

    /// <summary>The 3 best paths of at most 4 steps between every ordered pair, by collaboration and by collaboration or membership.</summary>
    private static async Task DescribePathsAsync(EmbeddedGraphStore embedded, Neo4jGraphStore neo4j, Dictionary<string, string> expected, Dictionary<string, string> actual)
    {
        var snapshot = await embedded.GetSnapshotAsync(Ct).ConfigureAwait(false);
        var actors = await neo4j.GetActorsAsync(snapshot.ActorIds.ToArray(), Ct).ConfigureAwait(false);
        PathConstraints[] variants = [PathConstraints.Default, PathConstraints.Default with { Via = [RelationKind.Collaboration, RelationKind.Membership] }];
        foreach (var from in snapshot.ActorIds)
        {
            foreach (var to in snapshot.ActorIds.Where(to => to != from))
            {
                for (var v = 0; v < variants.Length; v++)
                {
                    var key = $"paths {from} {to} {v}";
                    expected[key] = Describe(YenKShortestPaths.Find(snapshot, from, to, 3, 4, variants[v], Ct), snapshot);
                    var (corridor, paths) = await PathCorridor.FindAsync(neo4j, actors[from], actors[to], 3, 4, variants[v], neo4j.MaxCorridorRows, Ct).ConfigureAwait(false);
                    actual[key] = Describe(paths, corridor);
                }
            }
        }
    }

    private static string Describe(IEnumerable<CollaborationPath> paths, GraphSnapshot g) => string.Join('\n', paths.Select(p =>
        $"{string.Join(' ', p.ActorIds)} w{p.WeakestLink} t{p.TotalStrength} " +
        string.Join(' ', p.Steps.Select(s => s.TieIndex < 0 ? s.Relation.ToString() : $"{g.Weights[s.TieIndex]}/{g.FirstYears[s.TieIndex]}/{g.LastYears[s.TieIndex]}/{g.Declared[s.TieIndex]}"))));
}
