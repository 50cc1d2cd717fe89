using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GoSmart.Graph.Bench;

/// <summary>
/// A mixed read/write load held for minutes: first the saturation throughput of the mix (closed loop),
/// then an open loop at a fraction of it (default half) for the given time, reporting errors, p50/p99
/// latency (from each request's scheduled start, so queueing counts) and memory at start and end.
/// Usage: dotnet run -c Release --project bench/GoSmart.Graph.Bench -- mixed [--seconds 300] [--saturation-seconds 20] [--load 0.5] [--writes 0.1]
/// </summary>
public static class MixedLoadBenchmark
{
    private const int RotatingActors = 200;

    private static readonly string[] Reads =
    [
        """{ actor(id: "actor:pic-999889193") { name region { code } collaborators(first: 5) { totalCount edges { node { name } collaboration { weight } } } } }""",
        """{ actors(first: 20, where: { countryIn: ["PL", "DE"], kindIn: [RESEARCH] }, order: [{ field: DEGREE, direction: DESC }]) { edges { node { id name degree } } } }""",
        """{ search(text: "university", first: 10) { id name country } }""",
        """{ projects(first: 10, where: { s3DomainIn: ["domain:agri-food"] }) { nodes { acronym participantCount } } }""",
        """{ stats { actors projects collaborationPairs } }""",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 300.0);
        var saturationSeconds = Option(args, "--saturation-seconds", 20.0);
        var load = Option(args, "--load", 0.5);
        var writeShare = Option(args, "--writes", 0.1);
        var concurrency = (int)Option(args, "--concurrency", 16.0);
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var settings = new Dictionary<string, string?>
        {
            ["Auth:ApiKeys:0:Name"] = "bench-broker",
            ["Auth:ApiKeys:0:Role"] = "broker",
            ["Auth:ApiKeys:0:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))),
        };
        using var service = new BenchService(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "seed")), settings);
        service.StartServer();
        Uri address;
        using (var factoryClient = service.CreateClient())
        {
            address = factoryClient.BaseAddress!;
        }

        using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10), UseCookies = false, MaxConnectionsPerServer = 256 }) { BaseAddress = address };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var counter = 0L;
        var mix = new Mix(client, key, writeShare);

        // Warm up: every request of the mix once, so first-use costs (caches, JIT) do not count.
        for (var i = 0; i < 50; i++)
        {
            await mix.SendAsync(Interlocked.Increment(ref counter)).ConfigureAwait(false);
        }

        var saturation = await LoadRunner.RunAsync(_ => mix.SendAsync(Interlocked.Increment(ref counter)), concurrency, TimeSpan.FromSeconds(saturationSeconds)).ConfigureAwait(false);
        var rate = saturation.RequestsPerSecond * load;
        Console.WriteLine($"saturation: {saturation.RequestsPerSecond:F0} req/s ({concurrency} workers, {saturationSeconds} s, {saturation.Failures} errors); open loop at {load:P0} = {rate:F0} req/s for {seconds} s, {writeShare:P0} writes");

        var memoryStart = Memory();
        var (results, errors, elapsed) = await OpenLoopAsync(() => mix.SendAsync(Interlocked.Increment(ref counter)), rate, TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
        var memoryEnd = Memory();
        var sorted = results.Order().ToArray();
        Console.WriteLine($"requests {sorted.Length} ({sorted.Length / elapsed.TotalSeconds:F0} req/s), writes {mix.Writes}, errors {errors}");
        Console.WriteLine($"latency p50 {Percentile(sorted, 50):F2} ms, p99 {Percentile(sorted, 99):F2} ms, max {sorted.LastOrDefault():F1} ms");
        Console.WriteLine($"managed heap after full GC: start {memoryStart.Managed / 1048576.0:F1} MiB, end {memoryEnd.Managed / 1048576.0:F1} MiB ({(memoryEnd.Managed - memoryStart.Managed) * 100.0 / memoryStart.Managed:+0.0;-0.0}%)");
        Console.WriteLine($"working set: start {memoryStart.WorkingSet / 1048576.0:F1} MiB, end {memoryEnd.WorkingSet / 1048576.0:F1} MiB ({(memoryEnd.WorkingSet - memoryStart.WorkingSet) * 100.0 / memoryStart.WorkingSet:+0.0;-0.0}%)");
        return errors == 0 ? 0 : 1;
    }

    /// <summary>Starts requests on a fixed schedule whatever the answers take, so a slow service shows as latency, not as a lower rate.</summary>
    private static async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed)> OpenLoopAsync(Func<Task<bool>> send, double rate, TimeSpan duration)
    {
        var latencies = new List<double>();
        var errors = 0;
        var pending = new List<Task>();
        var clock = Stopwatch.StartNew();
        var interval = TimeSpan.FromSeconds(1 / rate);
        for (var n = 0L; ; n++)
        {
            var due = interval * n;
            if (due >= duration)
            {
                break;
            }

            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait).ConfigureAwait(false);
            }

            var scheduled = due;
            pending.Add(Task.Run(async () =>
            {
                bool ok;
                try
                {
                    ok = await send().ConfigureAwait(false);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                var latency = (clock.Elapsed - scheduled).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(latency);
                    errors += ok ? 0 : 1;
                }
            }));
            if (pending.Count > 10_000)
            {
                pending.RemoveAll(t => t.IsCompleted);
            }
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
        return (latencies, errors, clock.Elapsed);
    }

    private static (long Managed, long WorkingSet) Memory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];

    private static double Option(string[] args, string name, double fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>The requests: reads from a fixed set; writes rename one of a few hundred rotating actors or re-declare a tie, so every write changes something without growing the graph.</summary>
    private sealed class Mix(HttpClient client, string key, double writeShare)
    {
        private long writes;

        public long Writes => Interlocked.Read(ref writes);

        public async Task<bool> SendAsync(long n)
        {
            var write = (n * 7919 % 1000) < writeShare * 1000;
            string body;
            if (write)
            {
                var w = Interlocked.Increment(ref writes);
                var actor = $"actor:bench-{w % RotatingActors}";
                body = w % 4 == 3 && w > RotatingActors
                    ? JsonSerializer.Serialize(new
                    {
                        query = "mutation($i: LinkInput!) { linkActors(input: $i) { changed } }",
                        variables = new { i = new { kind = "COLLABORATES_WITH", actorId = actor, otherActorId = $"actor:bench-{(w + 1) % RotatingActors}", evidence = $"bench {w}" } },
                    })
                    : JsonSerializer.Serialize(new
                    {
                        query = "mutation($i: ActorInput!) { upsertActor(input: $i) { changed } }",
                        variables = new { i = new { id = actor, name = $"Bench actor {w}", kind = "COMPANY", country = "PL", regionId = "region:PL84" } },
                    });
            }
            else
            {
                body = JsonSerializer.Serialize(new { query = Reads[n % Reads.Length] });
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (write)
            {
                request.Headers.Add("X-Api-Key", key);
            }

            using var response = await client.SendAsync(request).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return response.IsSuccessStatusCode && !text.Contains("\"errors\"", StringComparison.Ordinal);
        }
    }
}
