using System.Diagnostics;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Neo4j;
using GoSmart.Graph.Neo4j.Cypher;
using GoSmart.Graph.Neo4j.Http;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Bench;

/// <summary>
/// The Neo4j store against a real Neo4j: the same batches (the test suite's partners graph, then removals
/// with audit entries, then an actor removed and added back) go to the embedded store and to Neo4j, and
/// after each one every read of the port must answer the same on both (the suite's StoreDescription),
/// and so must pages of the audit log. Exit code 0 when all agree, 1 on a difference, 2 without settings.
/// Usage: NEO4J_URI=http://localhost:7474 NEO4J_DATABASE=scratch [NEO4J_USER=neo4j NEO4J_PASSWORD=…]
///   dotnet run -c Release --project bench/GoSmart.Graph.Bench -- neo4j-live
/// The database named is emptied first: give a scratch one.
/// </summary>
public static class Neo4jLiveCheck
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    public static async Task<int> RunAsync()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        var database = Environment.GetEnvironmentVariable("NEO4J_DATABASE");
        if (string.IsNullOrEmpty(uri) || string.IsNullOrEmpty(database))
        {
            await Console.Error.WriteLineAsync("neo4j-live needs NEO4J_URI and NEO4J_DATABASE (a scratch database: it is emptied), and NEO4J_USER and NEO4J_PASSWORD when the server asks for them.").ConfigureAwait(false);
            return 2;
        }

        var options = new Neo4jOptions
        {
            Uri = new Uri(uri),
            Database = database,
            User = Environment.GetEnvironmentVariable("NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        };
        using (var client = new QueryApiClient(options))
        {
            await client.RunAsync(new Statement(GraphSchema.DeleteEverything), AccessMode.Write, Ct).ConfigureAwait(false);
        }

        var directory = Path.Combine(Path.GetTempPath(), "gosmart-neo4j-live", Guid.NewGuid().ToString("N"));
        try
        {
            await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory }, Ct).ConfigureAwait(false);
            await using var neo4j = await Neo4jGraphStore.OpenAsync(options, Ct).ConfigureAwait(false);
            var differences = 0;
            var reads = 0;
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

                var differing = expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).ToArray();
                foreach (var key in differing)
                {
                    Console.WriteLine($"DIFFERS after {name}: {key}\n  embedded: {expected.GetValueOrDefault(key)}\n  neo4j:    {actual.GetValueOrDefault(key)}");
                }

                differences += differing.Length;
                reads += expected.Count;
                Console.WriteLine($"{name}: written in {embeddedTime.TotalMilliseconds:0} ms (embedded) and {neo4jTime.TotalMilliseconds:0} ms (Neo4j); {expected.Count} reads compared, {differing.Length} differ");
            }

            Console.WriteLine(differences == 0
                ? $"neo4j-live: {reads} reads compared against {uri} ({database}), all the same as the embedded store's"
                : $"neo4j-live: {differences} of {reads} reads differ");
            return differences == 0 ? 0 : 1;
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

    private static IEnumerable<(string Name, GraphBatch Batch)> Steps()
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
}
