using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GoSmart.Graph.Bench;

/// <summary>
/// HTTP throughput and latency of the service, measured in one process and one run so the ratios
/// hold on a noisy machine. Each GraphQL request is compared with a minimal-API endpoint that takes
/// the same request (same method, same body) and returns the same bytes.
/// Usage: dotnet run -c Release --project bench/GoSmart.Graph.Bench [-- http --seconds 3 --rounds 6 --concurrency 16]
/// </summary>
public static class HttpBenchmark
{
    private const string ActorQuery = """{ actor(id: "actor:pic-999889193") { name } }""";
    private const string PageQuery = "{ actors(first: 50) { edges { node { id name region { code name } s3Domains { id name } } } } }";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 3);
        var rounds = Option(args, "--rounds", 6);
        var concurrency = Option(args, "--concurrency", 16);
        var seed = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "seed"));

        using var service = new BenchService(seed);
        service.StartServer();
        Uri address;
        using (var factoryClient = service.CreateClient())
        {
            address = factoryClient.BaseAddress!;
        }

        // A plain pooled client: no redirect or cookie handlers in the way of either side.
        using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = address,
        };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        Console.WriteLine($"service at {client.BaseAddress} (seeded in a temporary store); {Environment.ProcessorCount} cores, {concurrency} workers, {rounds} x {seconds} s rounds");

        var actorBody = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = ActorQuery }));
        var pageBody = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = PageQuery }));
        var actorGet = "/graphql?query=" + Uri.EscapeDataString(ActorQuery);

        var expected = await SendAsync(client, HttpMethod.Post, "/graphql", actorBody);
        BenchService.PlainBody = expected;
        foreach (var (method, path, body) in new[] { (HttpMethod.Get, actorGet, (byte[]?)null), (HttpMethod.Get, "/plain", null), (HttpMethod.Post, "/plain", actorBody) })
        {
            if (!(await SendAsync(client, method, path, body)).AsSpan().SequenceEqual(expected))
            {
                throw new InvalidOperationException($"{method} {path} does not return the same bytes as GraphQL.");
            }
        }

        Console.WriteLine($"response: {Encoding.UTF8.GetString(expected)} ({expected.Length} bytes)");

        var comparisons = new (string Name, Func<CancellationToken, Task<bool>> Plain, Func<CancellationToken, Task<bool>> GraphQL)[]
        {
            ("POST", ct => OkAsync(client, HttpMethod.Post, "/plain", actorBody, ct), ct => OkAsync(client, HttpMethod.Post, "/graphql", actorBody, ct)),
            ("GET", ct => OkAsync(client, HttpMethod.Get, "/plain", null, ct), ct => OkAsync(client, HttpMethod.Get, actorGet, null, ct)),
        };
        Func<CancellationToken, Task<bool>> page = ct => OkAsync(client, HttpMethod.Post, "/graphql", pageBody, ct);

        for (var warmup = 0; warmup < 2; warmup++)
        {
            foreach (var c in comparisons)
            {
                await LoadRunner.RunAsync(c.Plain, concurrency, TimeSpan.FromSeconds(1));
                await LoadRunner.RunAsync(c.GraphQL, concurrency, TimeSpan.FromSeconds(1));
            }

            await LoadRunner.RunAsync(page, concurrency, TimeSpan.FromSeconds(1));
        }

        var ratios = comparisons.ToDictionary(c => c.Name, _ => new List<double>());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var c in comparisons)
            {
                // The order alternates so that drift in the machine's speed does not favour one side.
                LoadResult plain, graphql;
                if (round % 2 == 1)
                {
                    plain = await LoadRunner.RunAsync(c.Plain, concurrency, TimeSpan.FromSeconds(seconds));
                    graphql = await LoadRunner.RunAsync(c.GraphQL, concurrency, TimeSpan.FromSeconds(seconds));
                }
                else
                {
                    graphql = await LoadRunner.RunAsync(c.GraphQL, concurrency, TimeSpan.FromSeconds(seconds));
                    plain = await LoadRunner.RunAsync(c.Plain, concurrency, TimeSpan.FromSeconds(seconds));
                }

                var ratio = graphql.RequestsPerSecond / plain.RequestsPerSecond;
                ratios[c.Name].Add(ratio);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round} {c.Name}: plain {plain.RequestsPerSecond:F0} req/s, GraphQL actor(id){{name}} {graphql.RequestsPerSecond:F0} req/s, ratio {ratio:F2} (failures {plain.Failures + graphql.Failures})"));
            }
        }

        foreach (var (name, values) in ratios)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} actor(id){{name}} / plain: median of {rounds} rounds {Median(values):F2}, lowest {values.Min():F2}, highest {values.Max():F2} (target >= 0.60)"));
        }

        var sequential = await LoadRunner.RunAsync(page, 1, TimeSpan.FromSeconds(seconds));
        var loaded = await LoadRunner.RunAsync(page, concurrency, TimeSpan.FromSeconds(seconds));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"actors(first: 50) with region and s3Domains, one client: p50 {sequential.Percentile(50):F2} ms, p99 {sequential.Percentile(99):F2} ms ({sequential.Requests} requests, {sequential.Failures} failures)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"actors(first: 50) with region and s3Domains, {concurrency} clients: p50 {loaded.Percentile(50):F2} ms, p99 {loaded.Percentile(99):F2} ms, {loaded.RequestsPerSecond:F0} req/s ({loaded.Failures} failures)"));
        return 0;
    }

    private static async Task<bool> OkAsync(HttpClient client, HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        var bytes = await SendAsync(client, method, path, body, cancellationToken).ConfigureAwait(false);
        return bytes.Length > 2 && bytes[2] == (byte)'d';
    }

    private static async Task<byte[]> SendAsync(HttpClient client, HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
