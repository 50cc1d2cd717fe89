using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Bench;

/// <summary>
/// The attacks of issue 12, each bounded (at most <c>--seconds</c>, default 20, and a fixed count), against
/// the real service on Kestrel at 127.0.0.1, from loopback addresses bound on the client side: what the
/// attacker got, the process's peak memory, a second client's cheap query meanwhile, and whether the
/// service still answers. The loopback addresses stand in for separate clients here
/// (<c>Limits:Clients:LoopbackIsOneHost=false</c>); the second client reads with an API key from 127.0.0.1.
/// Usage: dotnet run -c Release --project bench/GoSmart.Graph.Bench -- attack [--only NAME] [--seconds 20] [--connections 4000]
/// </summary>
public static partial class AttackBenchmark
{
    private const string CheapQuery = """{ actor(id: "actor:pic-999889193") { name } }""";
    /// <summary>The second client's keys, used in turn: each has its own budget, and one would not last the run at a request every 40 ms.</summary>
    private static readonly string[] ProbeKeys = Enumerable.Range(0, 5).Select(i => $"bench-attack-probe-key-{i}-0123456789").ToArray();

    public static async Task<int> RunAsync(string[] args)
    {
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
        var seconds = HttpBenchmark.Option(args, "--seconds", 20);
        var connections = HttpBenchmark.Option(args, "--connections", 4_000);
        var settings = new Dictionary<string, string?>
        {
            ["Limits:RateLimit:Enabled"] = "true",
            ["Limits:Clients:LoopbackIsOneHost"] = "false",
        };
        for (var i = 0; i < ProbeKeys.Length; i++)
        {
            settings[$"Auth:ApiKeys:{i}:Name"] = $"probe{i}";
            settings[$"Auth:ApiKeys:{i}:Role"] = "reader";
            settings[$"Auth:ApiKeys:{i}:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ProbeKeys[i])));
        }

        using var service = new BenchService(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "seed")), settings);
        service.StartServer();
        Uri address;
        using (var factoryClient = service.CreateClient())
        {
            address = factoryClient.BaseAddress!;
        }

        var limit = TimeSpan.FromSeconds(seconds);
        var attacks = new (string Name, string What, Func<Uri, TimeSpan, Task<string>> Run)[]
        {
            ("idle-one", $"{connections:N0} idle connections from 127.0.0.2", (s, t) => IdleAsync(s, ["127.0.0.2"], connections, t)),
            ("idle-two", $"{connections:N0} idle connections each from 127.0.0.2 and 127.0.0.3", (s, t) => IdleAsync(s, ["127.0.0.2", "127.0.0.3"], connections, t)),
            ("idle-many", "100 idle connections each from 20 addresses (127.0.1.1-20), past the total", (s, t) => IdleAsync(s, Enumerable.Range(1, 20).Select(i => $"127.0.1.{i}").ToArray(), 100, t)),
            ("fanout", "fragment fan-out, N = 30", (s, t) => DocumentAsync(s, "127.0.0.4", FanOut(30), 1, t)),
            ("aliases", "4,000 conflicting aliases on one field", (s, t) => DocumentAsync(s, "127.0.0.4", "{ stats { " + string.Concat(Enumerable.Range(0, 4_000).Select(i => i % 2 == 0 ? "a:actors " : "a:projects ")) + "} }", 1, t)),
            ("repeats", "32,000 repeats of name", (s, t) => DocumentAsync(s, "127.0.0.4", """{ actor(id: "actor:pic-999889193") { """ + string.Concat(Enumerable.Repeat("name ", 32_000)) + "} }", 1, t)),
            ("include", "10,000 @include directives", (s, t) => DocumentAsync(s, "127.0.0.4", "{ stats { actors " + string.Concat(Enumerable.Repeat("@include(if: true) ", 10_000)) + "} }", 1, t)),
            ("introspection", "204 aliased __schema introspections, 8 at once", (s, t) => DocumentAsync(s, "127.0.0.4", "{ " + string.Concat(Enumerable.Range(0, 204).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name args {{ name }} type {{ name kind ofType {{ name }} }} }} }} }} ")) + "}", 8, t)),
            ("slow-readers", "100 clients from 127.0.0.5 that never read an answer of ~1 MB", (s, t) => SlowReadersAsync(s, 100, t)),
            ("drip", "a 1 MiB body drip-fed at 300 B/s", DripAsync),
            ("addresses", "60 loopback addresses x 120 requests against the budgets (600 per client, 6,000 for all anonymous)", (s, t) => AddressesAsync(s, 60, 120, t)),
        };

        using var probeHttp = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        var cheap = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = CheapQuery }));
        for (var i = 0; i < 10; i++)
        {
            await ProbeOnceAsync(probeHttp, cheap, ProbeKeys[i % ProbeKeys.Length]).ConfigureAwait(false);
        }

        Console.WriteLine($"service at {address}; {Environment.ProcessorCount} cores; attacks bounded to {seconds} s each; memory is the bench process's (service and attackers share it)");
        foreach (var attack in attacks.Where(a => only is null || a.Name == only))
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var sampler = new MemorySampler();
            using var stopProbe = new CancellationTokenSource();
            var probe = ProbeAsync(probeHttp, cheap, stopProbe.Token);
            var clock = Stopwatch.StartNew();
            string outcome;
            try
            {
                outcome = await attack.Run(address, limit).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or SocketException or IOException or OperationCanceledException)
            {
                outcome = "attacker failed: " + e.GetType().Name + " " + e.Message;
            }

            await stopProbe.CancelAsync().ConfigureAwait(false);
            var probed = await probe.ConfigureAwait(false);
            var alive = await AliveAsync(address).ConfigureAwait(false);
            var (workingSet, heap) = sampler.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{attack.Name} ({attack.What}), {clock.Elapsed.TotalSeconds:F1} s\n  attacker: {outcome}\n  peak memory: working set {workingSet / 1048576.0:F0} MB, GC heap {heap / 1048576.0:F0} MB\n  second client: {probed}\n  alive afterwards: {(alive ? "yes" : "NO")}"));
            // Let the refused and closed connections drain before the next attack.
            await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }

        return 0;
    }

    private static string FanOut(int n)
    {
        var text = new StringBuilder("{ ...F0 } ");
        for (var i = 0; i < n; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ");
        }

        return text.Append(CultureInfo.InvariantCulture, $"fragment F{n} on Query {{ stats {{ actors }} }}").ToString();
    }

    private static async Task<string> IdleAsync(Uri service, string[] addresses, int perAddress, TimeSpan limit)
    {
        var sockets = new List<Socket>();
        var failed = 0;
        var clock = Stopwatch.StartNew();
        try
        {
            foreach (var local in addresses)
            {
                for (var i = 0; i < perAddress && clock.Elapsed < limit / 2; i++)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    try
                    {
                        socket.Bind(new IPEndPoint(IPAddress.Parse(local), 0));
                        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, service.Port)).ConfigureAwait(false);
                        sockets.Add(socket);
                    }
                    catch (SocketException)
                    {
                        socket.Dispose();
                        failed++;
                    }
                }
            }

            // Hold them, then see which the service kept: a kept one still answers a request.
            await Task.Delay(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
            var tally = new Tally();
            await Parallel.ForEachAsync(sockets, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (socket, _) =>
            {
                var started = Stopwatch.GetTimestamp();
                var (status, code) = await ExchangeAsync(socket, "GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n"u8.ToArray(), TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                tally.Add(status == 0 ? "closed by the service" : $"{status} {code}", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }).ConfigureAwait(false);
            return $"{sockets.Count:N0} connected ({failed:N0} connects failed); then a request on each: {tally}";
        }
        finally
        {
            sockets.ForEach(s => s.Dispose());
        }
    }

    private static async Task<string> DocumentAsync(Uri service, string local, string query, int concurrency, TimeSpan limit)
    {
        using var http = LoopbackClient.From(service, local);
        http.Timeout = limit + TimeSpan.FromSeconds(10);
        var body = JsonSerializer.Serialize(new { query });
        var tally = new Tally();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), content).ConfigureAwait(false);
                var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                tally.Add($"{(int)response.StatusCode} {FirstCode(bytes)} ({bytes.Length:N0} B)", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (TaskCanceledException)
            {
                tally.Add($"no answer within {http.Timeout.TotalSeconds} s", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })).ConfigureAwait(false);
        return $"{Encoding.UTF8.GetByteCount(body):N0} B document; {tally}";
    }

    private static async Task<string> SlowReadersAsync(Uri service, int count, TimeSpan limit)
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 20).Select(i => $"a{i}: actors(first: 100) {{ edges {{ node {{ id name city region {{ code name }} s3Domains {{ id name }} }} }} }} ")) + "}";
        var request = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query }));
        var head = Encoding.ASCII.GetBytes($"POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {request.Length}\r\n\r\n");
        var sockets = new List<Socket>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
                socket.Bind(new IPEndPoint(IPAddress.Parse("127.0.0.5"), 0));
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, service.Port)).ConfigureAwait(false);
                await socket.SendAsync(head.Concat(request).ToArray()).ConfigureAwait(false);
                sockets.Add(socket);
            }

            // They read nothing for most of the attack, then only the status line.
            await Task.Delay(limit - TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            var tally = new Tally();
            await Parallel.ForEachAsync(sockets, async (socket, _) =>
            {
                var (status, code) = await ReadStatusAsync(socket, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
                tally.Add(status == 0 ? "closed by the service" : $"{status} {code}", 0);
            }).ConfigureAwait(false);
            return $"{sockets.Count} requests sent, none read for {(limit - TimeSpan.FromSeconds(2)).TotalSeconds} s: {tally.Counts()}";
        }
        finally
        {
            sockets.ForEach(s => s.Dispose());
        }
    }

    private static async Task<string> DripAsync(Uri service, TimeSpan limit)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Parse("127.0.0.6"), 0));
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, service.Port)).ConfigureAwait(false);
        const int length = 1024 * 1024;
        await socket.SendAsync(Encoding.ASCII.GetBytes($"POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n{{\"query\": \"{{ stats {{ actors }} }}\", \"padding\": \"")).ConfigureAwait(false);
        var started = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(limit);
        var answer = ReadStatusAsync(socket, limit);
        var sent = 0;
        var chunk = Encoding.ASCII.GetBytes(new string('x', 30));
        while (!answer.IsCompleted && !stop.IsCancellationRequested)
        {
            // 30 bytes every 100 ms: 300 B/s, above Kestrel's minimum rate of 240 B/s.
            try
            {
                sent += await socket.SendAsync(chunk).ConfigureAwait(false);
            }
            catch (SocketException)
            {
                break;
            }

            await Task.WhenAny(answer, Task.Delay(100)).ConfigureAwait(false);
        }

        var (status, code) = await answer.ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture, $"{(status == 0 ? "no answer" : $"{status} {code}")} after {started.Elapsed.TotalSeconds:F1} s, {sent:N0} of {length:N0} body bytes sent");
    }

    private static async Task<string> AddressesAsync(Uri service, int addresses, int perAddress, TimeSpan limit)
    {
        var tally = new Tally();
        using var stop = new CancellationTokenSource(limit);
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ __typename }" }));
        await Parallel.ForEachAsync(Enumerable.Range(1, addresses), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
        {
            using var http = LoopbackClient.From(service, $"127.0.2.{i}");
            for (var n = 0; n < perAddress && !stop.IsCancellationRequested; n++)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), content, token).ConfigureAwait(false);
                var bytes = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
                tally.Add($"{(int)response.StatusCode} {FirstCode(bytes)}", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }).ConfigureAwait(false);
        return tally.ToString();
    }

    private static async Task<(int Status, string Code)> ExchangeAsync(Socket socket, byte[] request, TimeSpan timeout)
    {
        try
        {
            await socket.SendAsync(request).ConfigureAwait(false);
        }
        catch (SocketException)
        {
            return (0, string.Empty);
        }

        return await ReadStatusAsync(socket, timeout).ConfigureAwait(false);
    }

    /// <summary>The status and first error code of the answer's first 16 KB; 0 when the connection was closed (or reset) without one.</summary>
    private static async Task<(int Status, string Code)> ReadStatusAsync(Socket socket, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[16 * 1024];
        var received = 0;
        try
        {
            while (received < buffer.Length)
            {
                var n = await socket.ReceiveAsync(buffer.AsMemory(received), cancel.Token).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                received += n;
                var text = Encoding.ASCII.GetString(buffer, 0, received);
                var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                var length = LengthPattern().Match(text);
                if (end >= 0 && (text.Contains("\"code\"", StringComparison.Ordinal) || received - end > 200
                    || (length.Success && received - end - 4 >= int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture))
                    || text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal)))
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
        }

        var answer = Encoding.ASCII.GetString(buffer, 0, received);
        var status = answer.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && answer.Length >= 12 ? int.Parse(answer.AsSpan(9, 3), CultureInfo.InvariantCulture) : 0;
        return (status, FirstCode(buffer.AsSpan(0, received).ToArray()));
    }

    private static string FirstCode(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 64 * 1024));
        var match = CodePattern().Match(text);
        return match.Success ? match.Groups[1].Value : body.Length > 2 && body.AsSpan().IndexOf("\"data\""u8) >= 0 ? "data" : string.Empty;
    }

    [GeneratedRegex("\"extensions\":\\{\"code\":\"([A-Z_]+)\"")]
    private static partial Regex CodePattern();

    [GeneratedRegex("Content-Length: ([0-9]+)", RegexOptions.IgnoreCase)]
    private static partial Regex LengthPattern();

    private static async Task ProbeOnceAsync(HttpClient http, byte[] body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Api-Key", key);
        using var response = await http.SendAsync(request).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK || bytes.AsSpan().IndexOf("Bia"u8) < 0)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)}");
        }
    }

    /// <summary>The second client: the cheap query back to back (a pause of 40 ms between), until the attack ends.</summary>
    private static async Task<string> ProbeAsync(HttpClient http, byte[] body, CancellationToken stop)
    {
        var latencies = new List<double>();
        var failures = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await ProbeOnceAsync(http, body, ProbeKeys[n % ProbeKeys.Length]).ConfigureAwait(false);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                var kind = e.Message.Length > 60 ? e.Message[..60] : e.Message;
                failures[kind] = failures.GetValueOrDefault(kind) + 1;
            }

            await Task.Delay(40, CancellationToken.None).ConfigureAwait(false);
        }

        latencies.Sort();
        var p = (double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"{latencies.Count} answered, p50 {p(0.5):F1} ms, p99 {p(0.99):F1} ms, max {(latencies.Count == 0 ? double.NaN : latencies[^1]):F1} ms; failures {(failures.Count == 0 ? "none" : string.Join("; ", failures.Select(f => $"{f.Value} x {f.Key}")))}");
    }

    private static async Task<bool> AliveAsync(Uri service)
    {
        using var http = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            return (await http.GetStringAsync(new Uri("/health/live", UriKind.Relative)).ConfigureAwait(false)) == "Healthy";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Counts of outcomes with the median time to each.</summary>
    private sealed class Tally
    {
        private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _outcomes = new(StringComparer.Ordinal);

        public void Add(string outcome, double milliseconds) => _outcomes.GetOrAdd(outcome, _ => []).Add(milliseconds);

        public string Counts() => string.Join(", ", _outcomes.OrderByDescending(o => o.Value.Count).Select(o => $"{o.Value.Count:N0} x {o.Key}"));

        public override string ToString() => string.Join(", ", _outcomes.OrderByDescending(o => o.Value.Count).Select(o =>
        {
            var sorted = o.Value.Order().ToList();
            return string.Create(CultureInfo.InvariantCulture, $"{sorted.Count:N0} x {o.Key} (p50 {sorted[sorted.Count / 2]:F0} ms, max {sorted[^1]:F0} ms)");
        }));
    }

    /// <summary>Samples the process's working set and GC heap every 50 ms and keeps the peaks.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private long _workingSet;
        private long _heap;

        public MemorySampler() => _loop = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!_stop.IsCancellationRequested)
            {
                process.Refresh();
                _workingSet = Math.Max(_workingSet, process.WorkingSet64);
                _heap = Math.Max(_heap, GC.GetTotalMemory(false));
                await Task.Delay(50, CancellationToken.None).ConfigureAwait(false);
            }
        });

        public (long WorkingSet, long Heap) Stop()
        {
            _stop.Cancel();
            _loop.Wait();
            return (_workingSet, _heap);
        }

        public void Dispose() => _stop.Dispose();
    }
}
