using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GoSmart.Graph.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Bench;

/// <summary>
/// <c>paths</c> through HTTP on the seeded service: one client sends POST /graphql back to back, cycling through
/// random pairs at most 4 hops apart, for k = 1 and k = 3; the same client against the fixed-bytes endpoint is the
/// baseline of the same run. Usage: dotnet run -c Release --project bench/GoSmart.Graph.Bench -- paths-http [--seconds 5 --pairs 200 --rounds 3]
/// </summary>
public static class PathsHttpBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = HttpBenchmark.Option(args, "--seconds", 5);
        var pairCount = HttpBenchmark.Option(args, "--pairs", 200);
        var rounds = HttpBenchmark.Option(args, "--rounds", 3);
        using var service = new BenchService(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "seed")));
        service.StartServer();
        Uri address;
        using (var factoryClient = service.CreateClient())
        {
            address = factoryClient.BaseAddress!;
        }

        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var snapshot = await service.Services.GetRequiredService<IGraphStore>().GetSnapshotAsync(CancellationToken.None).ConfigureAwait(false);
        var pairs = PathPairs.Pick(snapshot, pairCount, 0, 7);
        BenchService.PlainBody = Encoding.UTF8.GetBytes("""{"data":{"paths":[]}}""");
        Console.WriteLine($"service at {address}; {Environment.ProcessorCount} cores; {pairs.Count} pairs 1-4 hops apart; one client, {rounds} x {seconds} s per query");

        var plain = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ plain }" }));
        var queries = new (string Name, byte[][] Bodies)[]
        {
            ("plain POST (fixed bytes, no GraphQL)", [plain]),
            ("paths(k: 1) { hops countries }", Bodies(snapshot, pairs, 1, "hops countries")),
            ("paths(k: 1) { hops actors { id name } }", Bodies(snapshot, pairs, 1, "hops actors { id name }")),
            ("paths(k: 3, maxHops: 4) { hops countries }", Bodies(snapshot, pairs, 3, "hops countries")),
            ("paths(k: 3, maxHops: 4) { hops actors { id name } steps { collaboration { weight evidence(first: 2) { id } } } }",
                Bodies(snapshot, pairs, 3, "hops actors { id name } steps { collaboration { weight evidence(first: 2) { id } } }")),
        };

        foreach (var (name, bodies) in queries)
        {
            var check = await SendAsync(client, name.StartsWith("plain", StringComparison.Ordinal) ? "/plain" : "/graphql", bodies[0], CancellationToken.None).ConfigureAwait(false);
            if (!check.StartsWith("""{"data":{"paths":""", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{name}: {check}");
            }
        }

        for (var round = 0; round <= rounds; round++)
        {
            foreach (var (name, bodies) in queries)
            {
                var path = name.StartsWith("plain", StringComparison.Ordinal) ? "/plain" : "/graphql";
                var next = 0;
                var result = await LoadRunner.RunAsync(
                    async ct => (await SendAsync(client, path, bodies[next++ % bodies.Length], ct).ConfigureAwait(false)).StartsWith("""{"data":{"paths":""", StringComparison.Ordinal),
                    1,
                    TimeSpan.FromSeconds(round == 0 ? 1 : seconds)).ConfigureAwait(false);
                if (round > 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"round {round} {name}: p50 {result.Percentile(50):F3} ms, p99 {result.Percentile(99):F3} ms, {result.RequestsPerSecond:F0} req/s ({result.Requests} requests, {result.Failures} failures)"));
                }
            }
        }

        return 0;
    }

    private static byte[][] Bodies(GraphSnapshot snapshot, List<(int From, int To)> pairs, int k, string selection) =>
        pairs.Select(p => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            query = $$"""{ paths(from: "{{snapshot.ActorIds[p.From]}}", to: "{{snapshot.ActorIds[p.To]}}", k: {{k}}, maxHops: 4) { {{selection}} } }""",
        }))).ToArray();

    private static async Task<string> SendAsync(HttpClient client, string path, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(path, content, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }
}
