using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GoSmart.Graph.Api.Hosting;
using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Bench;

/// <summary>
/// The service on the embedded store and on the Neo4j store (through the Query API test server of
/// tests/neo4j-harness, installed by scripts/test.sh) in the same process: seed import time, median
/// latency of a few queries in rotating rounds, and the first (uncached) snapshot read. The Neo4j store
/// runs twice on the same database: paths pushed down to Cypher (the default) and paths over the
/// snapshot (<c>Neo4j:PathSearch=Snapshot</c>); for each paths query the corridor's size is printed.
/// </summary>
public static partial class Neo4jBenchmark
{
    private static readonly string[] Queries =
    [
        """{ actor(id: "actor:pic-999889193") { name collaborators(first: 20) { edges { node { name } collaboration { weight evidence(first: 2) { acronym } } } } } }""",
        """{ actors(first: 50, order: [{ field: DEGREE, direction: DESC }]) { edges { node { name region { code } s3Domains { name } } } } }""",
        """{ search(text: "hamburg inst", first: 5) { id name } }""",
        // paths: a corridor read in Cypher, or the snapshot (cached per graph version); then the steps' evidence through the store.
        """{ paths(from: "actor:pic-999889193", to: "actor:pic-999905101", k: 3, maxHops: 4) { hops actors { name } steps { collaboration { weight evidence(first: 2) { acronym } } } } }""",
        """{ paths(from: "actor:pic-999889193", to: "actor:pic-999905101", k: 1, maxHops: 2) { hops actors { name } } }""",
        """{ paths(from: "actor:pic-999889193", to: "actor:pic-999905101", k: 1, maxHops: 6) { hops actors { name } } }""",
        """{ paths(from: "actor:pic-999889193", to: "actor:pic-999905101", k: 5, maxHops: 6, constraints: { crossBorder: true, minWeight: 2 }) { hops actors { name } } }""",
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
            using var neo4jSnapshot = new BenchService(seed, new Dictionary<string, string?>
            {
                ["GraphStore:Provider"] = "Neo4j",
                ["Neo4j:Uri"] = uri,
                ["Neo4j:RequestTimeout"] = "00:05:00",
                ["Neo4j:MaxExecutionTime"] = "00:05:00",
                ["Neo4j:PathSearch"] = "Snapshot",
            });
            neo4jSnapshot.StartServer();

            // Before the queries: paths over the snapshot reads it first.
            foreach (var (name, service) in new[] { ("embedded", embedded), ("Neo4j", neo4jSnapshot) })
            {
                var store = service.Services.GetRequiredService<IGraphStore>();
                clock.Restart();
                var snapshot = await store.GetSnapshotAsync(CancellationToken.None).ConfigureAwait(false);
                var first = clock.Elapsed;
                clock.Restart();
                await store.GetSnapshotAsync(CancellationToken.None).ConfigureAwait(false);
                Console.WriteLine($"snapshot {name}: first read {first.TotalMilliseconds:0} ms ({snapshot.NodeCount} actors, {snapshot.TieEndCount} tie ends), cached {clock.Elapsed.TotalMilliseconds:0.0} ms");
            }

            var sides = new[] { ("embedded", Client(embedded)), ("Neo4j pushdown", Client(neo4j)), ("Neo4j snapshot", Client(neo4jSnapshot)) };
            try
            {
                foreach (var query in Queries)
                {
                    if (query.Contains("paths(", StringComparison.Ordinal))
                    {
                        await DescribeCorridorAsync(neo4j, query).ConfigureAwait(false);
                    }

                    foreach (var (_, client) in sides)
                    {
                        await PostAsync(client, query).ConfigureAwait(false);
                    }

                    var times = sides.Select(_ => new List<double>()).ToArray();
                    for (var r = 0; r < rounds; r++)
                    {
                        // Rotate which side goes first: this machine's speed drifts.
                        for (var j = 0; j < sides.Length; j++)
                        {
                            var side = (r + j) % sides.Length;
                            times[side].Add(await TimeAsync(sides[side].Item2, query).ConfigureAwait(false));
                        }
                    }

                    var medians = times.Select(Median).ToArray();
                    Console.WriteLine(string.Join("  ", sides.Select((side, j) => $"{medians[j],8:0.0} ms {side.Item1}")) +
                        $"  {query[..Math.Min(70, query.Length)]}");
                }
            }
            finally
            {
                foreach (var (_, client) in sides)
                {
                    client.Dispose();
                }
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

    /// <summary>How much of the graph the pushed-down search reads for the query's arguments: statements (levels), rows, actors kept.</summary>
    private static async Task DescribeCorridorAsync(BenchService neo4j, string query)
    {
        var store = neo4j.Services.GetRequiredService<GraphStoreHolder>().Store;
        var source = new CountingCorridorSource((IPathCorridorSource)store);
        var arguments = PathArguments().Match(query);
        var (from, to) = (arguments.Groups["from"].Value, arguments.Groups["to"].Value);
        var maxHops = int.Parse(arguments.Groups["hops"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var k = int.Parse(arguments.Groups["k"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var constraints = query.Contains("crossBorder", StringComparison.Ordinal)
            ? PathConstraints.Default with { CrossBorder = true, MinWeight = 2 }
            : PathConstraints.Default;
        var ends = await store.GetActorsAsync([from, to], CancellationToken.None).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var whole = new CountingCorridorSource((IPathCorridorSource)store);
        await PathCorridor.ReadAsync(whole, ends[from], ends[to], maxHops, constraints, whole.MaxCorridorRows, CancellationToken.None).ConfigureAwait(false);
        var longest = clock.Elapsed;
        clock.Restart();
        var (corridor, _) = await PathCorridor.FindAsync(source, ends[from], ends[to], k, maxHops, constraints, source.MaxCorridorRows, CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine($"corridors for k {k}, maxHops {maxHops}: {source.Calls} round trips, {source.Rows} rows read, the last keeping {corridor.NodeCount} actors and {corridor.TieEndCount} tie ends, {clock.Elapsed.TotalMilliseconds:0} ms " +
            $"(the corridor of {maxHops} hops alone: {whole.Calls} round trips, {whole.Rows} rows, {longest.TotalMilliseconds:0} ms)");
    }

    [System.Text.RegularExpressions.GeneratedRegex("from: \"(?<from>[^\"]+)\", to: \"(?<to>[^\"]+)\", k: (?<k>\\d+), maxHops: (?<hops>\\d+)")]
    private static partial System.Text.RegularExpressions.Regex PathArguments();

    private sealed class CountingCorridorSource(IPathCorridorSource inner) : IPathCorridorSource
    {
        public int Calls { get; private set; }

        public int Rows { get; private set; }

        public bool PushesDownPathSearch => inner.PushesDownPathSearch;

        public int MaxCorridorRows => inner.MaxCorridorRows;

        public Task<long> GetVersionAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return inner.GetVersionAsync(cancellationToken);
        }

        public async Task<IReadOnlyList<CorridorStep>> ExpandAsync(
            IReadOnlyCollection<string> actorIds, CorridorQuery query, IReadOnlyCollection<string>? within, int limit, CancellationToken cancellationToken)
        {
            var steps = await inner.ExpandAsync(actorIds, query, within, limit, cancellationToken).ConfigureAwait(false);
            Calls++;
            Rows += steps.Count;
            return steps;
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
