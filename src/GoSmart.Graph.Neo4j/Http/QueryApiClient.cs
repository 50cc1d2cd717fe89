using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GoSmart.Graph.Core.Storage;
using Polly;
using Polly.Retry;

namespace GoSmart.Graph.Neo4j.Http;

/// <summary>
/// Neo4j's HTTP Query API (v2): one statement per implicit transaction, or an explicit transaction
/// (<c>/tx</c>, commit, rollback) for a batch that must be all-or-nothing. Results are read as typed
/// JSON; <c>errors[]</c> is checked whatever the status; bookmarks of every write are sent with the
/// next request so a read sees the writes before it. Transient failures are retried with Polly:
/// exponential back-off with jitter, decided by Neo4j's error code.
/// </summary>
public sealed class QueryApiClient : IDisposable
{
    private const string TypedJsonMediaType = "application/vnd.neo4j.query";
    private const string AffinityHeader = "neo4j-cluster-affinity";
    private readonly Neo4jOptions options;
    private readonly HttpClient http;
    private readonly ResiliencePipeline pipeline;
    private readonly Lock bookmarkLock = new();
    private string[] bookmarks = [];

    public QueryApiClient(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Uri is null)
        {
            throw new ArgumentException("Neo4j:Uri is not set; give the server's HTTP address, e.g. Neo4j__Uri=http://localhost:7474.", nameof(options));
        }

        this.options = options;
        handler ??= new SocketsHttpHandler
        {
            PooledConnectionLifetime = options.PooledConnectionLifetime,
            PooledConnectionIdleTimeout = options.PooledConnectionIdleTimeout,
            ConnectTimeout = options.RequestTimeout,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        };
        http = new HttpClient(handler, disposeHandler: true)
        {
            BaseAddress = new Uri(options.Uri.ToString().TrimEnd('/') + "/db/" + Uri.EscapeDataString(options.Database) + "/query/v2"),
            // Each request gets its own timeout below; this one only stops a stuck retry loop from living forever.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJsonMediaType));
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.5));
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }
        else if (!string.IsNullOrEmpty(options.User))
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        pipeline = options.MaxRetries <= 0 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromSeconds(10),
            })
            .Build();
    }

    /// <summary>Runs one statement in its own transaction, retrying transient failures.</summary>
    public Task<QueryResult> RunAsync(Statement statement, AccessMode mode, CancellationToken cancellationToken) =>
        Retrying(async ct => (await SendAsync(HttpMethod.Post, string.Empty, Body(statement, mode, includeBookmarks: true), null, ct).ConfigureAwait(false)).Result, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it; on a transient failure the
    /// whole transaction is rolled back and run again, so the work must be idempotent (MERGE, SET).
    /// </summary>
    public Task RunInTransactionAsync(Func<Neo4jTransaction, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Retrying(async ct =>
        {
            var begin = await SendAsync(HttpMethod.Post, "/tx", Body(null, AccessMode.Write, includeBookmarks: true), null, ct).ConfigureAwait(false);
            var tx = new Neo4jTransaction(this, begin.TransactionId ?? throw new Neo4jException("GoSmart.Client.NoTransaction", "Neo4j opened no transaction."), begin.Affinity);
            try
            {
                await work(tx, ct).ConfigureAwait(false);
                await SendAsync(HttpMethod.Post, $"/tx/{tx.Id}/commit", "{}", tx.Affinity, ct).ConfigureAwait(false);
                return QueryResult.Empty;
            }
            catch
            {
                await RollbackQuietlyAsync(tx).ConfigureAwait(false);
                throw;
            }
        }, cancellationToken);
    }

    internal async Task<QueryResult> RunInAsync(Neo4jTransaction tx, Statement statement, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Post, $"/tx/{tx.Id}", Body(statement, null, includeBookmarks: false), tx.Affinity, cancellationToken).ConfigureAwait(false)).Result;

    public void Dispose() => http.Dispose();

    private async Task RollbackQuietlyAsync(Neo4jTransaction tx)
    {
        try
        {
            using var cts = new CancellationTokenSource(options.RequestTimeout);
            using var request = new HttpRequestMessage(HttpMethod.Delete, http.BaseAddress + $"/tx/{tx.Id}");
            if (tx.Affinity is not null)
            {
                request.Headers.TryAddWithoutValidation(AffinityHeader, tx.Affinity);
            }

            using var response = await http.SendAsync(request, cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            // The server rolls an abandoned transaction back when it times out.
        }
    }

    private async Task<T> Retrying<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(async ct => await attempt(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
        {
            throw new StoreUnavailableException($"Neo4j at {options.Uri} (database {options.Database}) did not answer after {options.MaxRetries} retries: {e.Message}", e);
        }
    }

    private static bool IsTransient(Exception e) => e switch
    {
        Neo4jException n => n.IsTransient,
        HttpRequestException => true,
        TimeoutException => true,
        _ => false,
    };

    private string Body(Statement? statement, AccessMode? mode, bool includeBookmarks)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (statement is not null)
            {
                json.WriteString("statement", statement.Text);
                json.WritePropertyName("parameters");
                TypedJson.WriteValue(json, statement.Parameters);
            }

            if (mode is { } m)
            {
                json.WriteString("accessMode", m == AccessMode.Read ? "Read" : "Write");
                json.WriteNumber("maxExecutionTime", (long)options.MaxExecutionTime.TotalMilliseconds);
            }

            var known = CurrentBookmarks();
            if (includeBookmarks && known.Length > 0)
            {
                json.WriteStartArray("bookmarks");
                foreach (var b in known)
                {
                    json.WriteStringValue(b);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private string[] CurrentBookmarks()
    {
        lock (bookmarkLock)
        {
            return bookmarks;
        }
    }

    private sealed record Answer(QueryResult Result, string? TransactionId, string? Affinity);

    private async Task<Answer> SendAsync(HttpMethod method, string path, string body, string? affinity, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        using var request = new HttpRequestMessage(method, http.BaseAddress + path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return Parse(response, text);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Neo4j did not answer within {options.RequestTimeout.TotalSeconds:0.#} s (Neo4j:RequestTimeout).", e);
        }
    }

    private Answer Parse(HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        JsonDocument? document = null;
        try
        {
            if (text.Length > 0)
            {
                try
                {
                    document = JsonDocument.Parse(text);
                }
                catch (JsonException)
                {
                    document = null;
                }
            }

            var root = document?.RootElement;
            // Neo4j may report an error on a 202 (e.g. one found while streaming): errors[] decides, not the status.
            if (root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "Neo.DatabaseError.General.UnknownError" : "Neo.DatabaseError.General.UnknownError";
                var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty;
                throw NeoError(code, message, status);
            }

            if (status == 401)
            {
                throw NeoError("Neo.ClientError.Security.Unauthorized", string.Empty, status);
            }

            if (status is < 200 or > 299)
            {
                throw new Neo4jException($"GoSmart.Client.Http{status}", $"Neo4j answered HTTP {status}.", status);
            }

            if (root is not { ValueKind: JsonValueKind.Object } body)
            {
                return new Answer(QueryResult.Empty, null, null);
            }

            if (body.TryGetProperty("bookmarks", out var marks) && marks.ValueKind == JsonValueKind.Array && marks.GetArrayLength() > 0)
            {
                var next = marks.EnumerateArray().Select(b => b.GetString()).OfType<string>().ToArray();
                lock (bookmarkLock)
                {
                    bookmarks = next;
                }
            }

            string? txId = null;
            if (body.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id))
            {
                txId = id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText();
            }

            var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new Answer(ReadData(body), txId, affinity);
        }
        finally
        {
            document?.Dispose();
        }
    }

    /// <summary>The error as thrown; an authentication failure names the settings to check, never their values.</summary>
    private static Neo4jException NeoError(string code, string message, int status) =>
        code.StartsWith("Neo.ClientError.Security.Unauthorized", StringComparison.Ordinal)
            ? new Neo4jException(code, "Neo4j refused the credentials; check Neo4j:User and Neo4j:Password (or Neo4j:BearerToken).", status)
            : new Neo4jException(code, message, status);

    private static QueryResult ReadData(JsonElement body)
    {
        if (!body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return QueryResult.Empty;
        }

        var fields = data.TryGetProperty("fields", out var f) ? f.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray() : [];
        var rows = new List<object?[]>();
        if (data.TryGetProperty("values", out var values))
        {
            foreach (var row in values.EnumerateArray())
            {
                rows.Add([.. row.EnumerateArray().Select(TypedJson.Read)]);
            }
        }

        return new QueryResult(fields, rows);
    }
}
