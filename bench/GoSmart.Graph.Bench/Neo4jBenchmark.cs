using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GoSmart.Graph.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Bench;

/// <summary>
/// The service on the embedded store and on the Neo4j store (through the Query API test server of
/// tests/neo4j-harness, installed by scripts/test.sh) in the same process: seed import time, median
/// latency of a few queries in alternating rounds, and the first (uncached) snapshot read.
/// </summary>
public static class Neo4jBenchmark
{
    private static readonly string[] Queries =
    [
        """{ actor(id: "actor:pic-999889193") { name collaborators(first: 20) { edges { node { name } collaboration { weight evidence(first: 2) { acronym } } } } } }""",
        """{ actors(first: 50, order: [{ field: DEGREE, direction: DESC }]) { edges { node { name region { code } s3Domains { name } } } } }""",
        """{ search(text: "hamburg inst", first: 5) { id name } }""",
        // paths reads the snapshot on both stores (cached per graph version), then the steps' evidence through the store.
        """{ paths(from: "actor:pic-999889193", to: "actor:pic-999905101", k: 3, maxHops: 4) { hops actors { name } steps { collaboration { weight evidence(first: 2) { acronym } } } } }""",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 1 && args[0] == "--rounds" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var seed = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "seed"));
        var harness = Harness();
        using var node = Process.Start(new ProcessStartInfo("node", ["--no-warnings", "query-api-server.mjs"])
        {
            WorkingDirectory = harness,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        try
        {
            var line = await node.StandardOutput.ReadLineAsync().ConfigureAwait(false);
            var uri = "http://127.0.0.1:" + line!["LISTENING ".Length..];

            var clock = Stopwatch.StartNew();
            using var embedded = new BenchService(seed);
            embedded.StartServer();
            var embeddedSeed = clock.Elapsed;
            clock.Restart();
            using var neo4j = new BenchService(seed, new Dictionary<string, string?>
            {
                ["GraphStore:Provider"] = "Neo4j",
                ["Neo4j:Uri"] = uri,
                ["Neo4j:RequestTimeout"] = "00:05:00",
                ["Neo4j:MaxExecutionTime"] = "00:05:00",
            });
            neo4j.StartServer();
            var neo4jSeed = clock.Elapsed;
            Console.WriteLine($"seed import: embedded {embeddedSeed.TotalSeconds:0.0} s, Neo4j through the Query API test server {neo4jSeed.TotalSeconds:0.0} s");

            // Before the queries: paths reads the snapshot too.
            foreach (var (name, service) in new[] { ("embedded", embedded), ("Neo4j", neo4j) })
            {
                var store = service.Services.GetRequiredService<IGraphStore>();
                clock.Restart();
                var snapshot = await store.GetSnapshotAsync(CancellationToken.None).ConfigureAwait(false);
                var first = clock.Elapsed;
                clock.Restart();
                await store.GetSnapshotAsync(CancellationToken.None).ConfigureAwait(false);
                Console.WriteLine($"snapshot {name}: first read {first.TotalMilliseconds:0} ms ({snapshot.NodeCount} actors, {snapshot.TieEndCount} tie ends), cached {clock.Elapsed.TotalMilliseconds:0.0} ms");
            }

            using var e = Client(embedded);
            using var n = Client(neo4j);
            foreach (var query in Queries)
            {
                await PostAsync(e, query).ConfigureAwait(false);
                await PostAsync(n, query).ConfigureAwait(false);
                var (te, tn) = (new List<double>(), new List<double>());
                for (var r = 0; r < rounds; r++)
                {
                    // Alternate which side goes first: this machine's speed drifts.
                    var first = r % 2 == 0 ? (e, te) : (n, tn);
                    var second = r % 2 == 0 ? (n, tn) : (e, te);
                    first.Item2.Add(await TimeAsync(first.Item1, query).ConfigureAwait(false));
                    second.Item2.Add(await TimeAsync(second.Item1, query).ConfigureAwait(false));
                }

                var (me, mn) = (Median(te), Median(tn));
                Console.WriteLine($"{me,8:0.0} ms embedded {mn,8:0.0} ms Neo4j  x{mn / me,6:0.0}  {query[..Math.Min(60, query.Length)]}");
            }

            return 0;
        }
        finally
        {
            node.StandardInput.Close();
            if (!node.WaitForExit(5_000))
            {
                node.Kill(entireProcessTree: true);
            }
        }
    }

    private static string Harness()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var harness = Path.Combine(dir.FullName, "tests", "neo4j-harness");
            if (Directory.Exists(Path.Combine(harness, "node_modules")))
            {
                return harness;
            }
        }

        throw new InvalidOperationException("tests/neo4j-harness is not installed: run scripts/test.sh (or npm ci there) first.");
    }

    private static HttpClient Client(BenchService service)
    {
        Uri address;
        using (var factoryClient = service.CreateClient())
        {
            address = factoryClient.BaseAddress!;
        }

        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>Milliseconds per request over 10 sequential requests.</summary>
    private static async Task<double> TimeAsync(HttpClient client, string query)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            await PostAsync(client, query).ConfigureAwait(false);
        }

        return clock.Elapsed.TotalMilliseconds / 10;
    }

    private static async Task PostAsync(HttpClient client, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The query failed: {body}");
        }
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
