using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GoSmart.Graph.Bench;

namespace GoSmart.Graph.Bench;

// HTTP throughput and latency of the service, measured in one process and one run so the ratios
// hold on a noisy machine. Usage: dotnet run -c Release --project bench/GoSmart.Graph.Bench [-- --seconds 3 --rounds 6 --concurrency 16]
public static class HttpBenchmark
{
    public static async Task<int> Main(string[] args)
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

        const string ActorQuery = """{ actor(id: "actor:pic-999889193") { name } }""";
        const string PageQuery = "{ actors(first: 50) { edges { node { id name region { code name } s3Domains { id name } } } } }";
        var actorBody = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = ActorQuery }));
        var pageBody = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = PageQuery }));

        var graphqlBytes = await PostBytesAsync(actorBody, CancellationToken.None);
        BenchService.PlainBody = graphqlBytes;
        var plainBytes = await client.GetByteArrayAsync("/plain");
        if (!plainBytes.AsSpan().SequenceEqual(graphqlBytes))
        {
            throw new InvalidOperationException("The baseline does not return the same bytes as GraphQL.");
        }

        Console.WriteLine($"response: {Encoding.UTF8.GetString(graphqlBytes)} ({graphqlBytes.Length} bytes)");

        for (var warmup = 0; warmup < 3; warmup++)
        {
            await LoadRunner.RunAsync(Plain, concurrency, TimeSpan.FromSeconds(1));
            await LoadRunner.RunAsync(ActorById, concurrency, TimeSpan.FromSeconds(1));
            await LoadRunner.RunAsync(Page, concurrency, TimeSpan.FromSeconds(1));
        }

        var ratios = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            // The order alternates so that drift in the machine's speed does not favour one side.
            LoadResult plain, graphql;
            if (round % 2 == 1)
            {
                plain = await LoadRunner.RunAsync(Plain, concurrency, TimeSpan.FromSeconds(seconds));
                graphql = await LoadRunner.RunAsync(ActorById, concurrency, TimeSpan.FromSeconds(seconds));
            }
            else
            {
                graphql = await LoadRunner.RunAsync(ActorById, concurrency, TimeSpan.FromSeconds(seconds));
                plain = await LoadRunner.RunAsync(Plain, concurrency, TimeSpan.FromSeconds(seconds));
            }

            var ratio = graphql.RequestsPerSecond / plain.RequestsPerSecond;
            ratios.Add(ratio);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: plain {plain.RequestsPerSecond:F0} req/s, GraphQL actor(id){{name}} {graphql.RequestsPerSecond:F0} req/s, ratio {ratio:F2} (failures {plain.Failures + graphql.Failures})"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"actor(id){{name}} / plain: median of {rounds} rounds {Median(ratios):F2}, lowest {ratios.Min():F2} (target >= 0.60)"));

        var sequential = await LoadRunner.RunAsync(Page, 1, TimeSpan.FromSeconds(seconds));
        var loaded = await LoadRunner.RunAsync(Page, concurrency, TimeSpan.FromSeconds(seconds));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"actors(first: 50) with region and s3Domains, one client: p50 {sequential.Percentile(50):F2} ms, p99 {sequential.Percentile(99):F2} ms ({sequential.Requests} requests, {sequential.Failures} failures)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"actors(first: 50) with region and s3Domains, {concurrency} clients: p50 {loaded.Percentile(50):F2} ms, p99 {loaded.Percentile(99):F2} ms, {loaded.RequestsPerSecond:F0} req/s ({loaded.Failures} failures)"));
        return 0;

        async Task<bool> Plain(CancellationToken ct)
        {
            using var response = await client.GetAsync("/plain", ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            return response.IsSuccessStatusCode;
        }

        Task<bool> ActorById(CancellationToken ct) => PostOkAsync(actorBody, ct);

        Task<bool> Page(CancellationToken ct) => PostOkAsync(pageBody, ct);

        async Task<bool> PostOkAsync(byte[] body, CancellationToken ct)
        {
            var bytes = await PostBytesAsync(body, ct);
            return bytes.Length > 0 && bytes[2] == (byte)'d';
        }

        async Task<byte[]> PostBytesAsync(byte[] body, CancellationToken ct)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync("/graphql", content, ct);
            return await response.Content.ReadAsByteArrayAsync(ct);
        }

        static int Option(string[] args, string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }

        static double Median(List<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted[sorted.Count / 2];
        }
    }
}
