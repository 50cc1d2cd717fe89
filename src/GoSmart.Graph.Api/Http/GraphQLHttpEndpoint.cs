using System.Text;
using System.Text.Json;
using GoSmart.Graph.Api.GraphQL;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Api.Limits;
using GoSmart.Graph.Api.Observability;
using GoSmart.Graph.Api.Security;
using System.Diagnostics;
using GraphQL.Execution;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GoSmart.Graph.Api.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification): POST with a JSON body, GET for queries
/// only; answers <c>application/graphql-response+json</c> or <c>application/json</c> as the client accepts.
/// </summary>
public static class GraphQLHttpEndpoint
{
    private const double SlowRequestMilliseconds = 1_000;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ILoggerFactory, ILogger> Loggers = [];

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string path)
    {
        endpoints.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], HandleAsync);
        endpoints.MapMethods(path, [HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], RejectMethodAsync);
        return endpoints;
    }

    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<GraphQLHttpOptions>(configuration.GetSection(GraphQLHttpOptions.Section));

    private static async Task HandleAsync(HttpContext http)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var mediaType = NegotiateMediaType(http.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, serializer, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable,
                $"This endpoint answers {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}; the Accept header allows neither.").ConfigureAwait(false);
            return;
        }

        var authentication = await http.AuthenticateGoSmartAsync().ConfigureAwait(false);
        if (authentication.Failure is not null)
        {
            http.Response.Headers.WWWAuthenticate = "ApiKey, Bearer";
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status401Unauthorized,
                authentication.Failure is CredentialRefusedException refused
                    ? refused.Message
                    : "The API key or bearer token was not accepted; check it, or send the request without one to read anonymously.", ErrorCodes.Unauthenticated).ConfigureAwait(false);
            return;
        }

        if (!authentication.Succeeded && !http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.AnonymousRead)
        {
            http.Response.Headers.WWWAuthenticate = "ApiKey, Bearer";
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status401Unauthorized,
                $"This service needs a credential: send `{ApiKeyAuthenticationHandler.HeaderName}: <key>` or `Authorization: Bearer <token>`.", ErrorCodes.Unauthenticated).ConfigureAwait(false);
            return;
        }

        var (request, error, status, errorCode) = HttpMethods.IsGet(http.Request.Method)
            ? ReadGet(http.Request, serializer)
            : await ReadPostAsync(http, serializer).ConfigureAwait(false);
        if (request is null)
        {
            if (error is not null)
            {
                await WriteErrorAsync(http, serializer, mediaType, status, error, errorCode).ConfigureAwait(false);
            }

            return;
        }

        // A query sent by GET again and again (a dashboard's) is parsed once: the cache has it after the first.
        var document = HttpMethods.IsGet(http.Request.Method)
            ? http.RequestServices.GetRequiredService<DocumentCache>().Find(request.Query!) ?? TryParse(request.Query!)
            : null;
        if (document is not null && IsMutation(document, request.OperationName))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status405MethodNotAllowed,
                "Mutations are not allowed over GET; send them with POST.").ConfigureAwait(false);
            return;
        }

        // The place is held until the answer is written, so answers in flight are bounded in number and size.
        var limits = http.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value;
        using var slot = await AcquireSlotAsync(http, limits).ConfigureAwait(false);
        if (slot is null)
        {
            return;
        }

        if (slot.Refusal is not null)
        {
            http.Response.Headers.RetryAfter = "1";
            await WriteErrorAsync(http, serializer, mediaType, slot.Status, slot.Refusal, ErrorCodes.RateLimited).ConfigureAwait(false);
            return;
        }

        var (answer, code) = await ExecuteAsync(http, serializer, mediaType, request, limits).ConfigureAwait(false);
        using (answer)
        {
            await SendAsync(http, mediaType, code, answer).ConfigureAwait(false);
        }
    }

    private static async ValueTask<ExecutionSlots.Slot?> AcquireSlotAsync(HttpContext http, LimitsOptions limits)
    {
        var slots = http.RequestServices.GetRequiredService<ExecutionSlots>();
        var client = http.RequestServices.GetRequiredService<ClientBudget>().PartitionOf(http);
        if (slots.TryAcquire(client) is { } free)
        {
            return free;
        }

        // Waiting for a place counts against the request's time like running does.
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        wait.CancelAfter(TimeSpan.FromSeconds(limits.RequestTimeoutSeconds));
        try
        {
            return await slots.AcquireAsync(client, wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            return new ExecutionSlots.Slot(null, null, StatusCodes.Status503ServiceUnavailable,
                $"The request waited {limits.RequestTimeoutSeconds} s for a place to run, the request time limit; try again shortly.");
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Runs the request and serializes its answer; the result's objects are garbage once this returns, only the bounded bytes stay.</summary>
    private static async Task<(BoundedBufferStream Answer, int Status)> ExecuteAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, GraphQLRequest request, LimitsOptions limits)
    {
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<GoSmartSchema>>();
        var operation = OperationLabel(request.OperationName);
        using var activity = GraphTelemetry.Source.StartActivity("graphql " + operation);
        var started = Stopwatch.GetTimestamp();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Timeout = TimeSpan.FromSeconds(limits.RequestTimeoutSeconds),
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = { [UnhandledErrors.RequestIdKey] = http.TraceIdentifier },
            CancellationToken = http.RequestAborted,
        }).ConfigureAwait(false);

        // application/json answers 200 to every well-formed request; application/graphql-response+json
        // answers 400 when the request never reached execution (parse, validation or limit errors).
        // A timeout is not the request's fault: it is answered like an executed request.
        var timedOut = result.Errors?.Any(e => e is TimeoutError) == true;
        var code = result.Executed || timedOut || mediaType == GraphQLMediaTypes.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var errorCodes = result.Errors?.Select(CodedErrorInfoProvider.CodeOf).Distinct().ToList() ?? [];
        if (!result.Executed && errorCodes.Contains(ErrorCodes.RateLimited))
        {
            // The budget could not pay for the operation's expensive fields (RequestCostRule).
            code = StatusCodes.Status429TooManyRequests;
        }

        GraphTelemetry.RequestDuration.Record(elapsed, new KeyValuePair<string, object?>("operation", operation));
        foreach (var e in result.Errors ?? [])
        {
            GraphTelemetry.Errors.Add(1, new KeyValuePair<string, object?>("code", CodedErrorInfoProvider.CodeOf(e)));
        }

        // The query text and its variables are never logged: either may carry a secret. A request that
        // failed or was slow is worth a line at Information; the rest only at Debug (a line per request costs throughput).
        var logger = LoggerOf(http);
        var level = errorCodes.Count > 0 || elapsed > SlowRequestMilliseconds ? LogLevel.Information : LogLevel.Debug;
        if (logger.IsEnabled(level))
        {
            logger.Log(level, "GraphQL {Operation} by {Principal}: HTTP {Status} in {Elapsed:F1} ms, errors {ErrorCodes}",
                operation, http.User.PrincipalName(), code, elapsed, string.Join(",", errorCodes));
        }

        return (await SerializeAsync(http, serializer, result).ConfigureAwait(false), code);
    }

    private static Task RejectMethodAsync(HttpContext http)
    {
        http.Response.Headers.Allow = $"{HttpMethods.Get}, {HttpMethods.Post}";
        return WriteErrorAsync(http, http.RequestServices.GetRequiredService<IGraphQLTextSerializer>(), GraphQLMediaTypes.Json,
            StatusCodes.Status405MethodNotAllowed, $"{http.Request.Method} is not supported here; send queries with GET or POST, mutations with POST.");
    }

    private static readonly string[] GetParameters = ["query", "operationName", "variables", "extensions"];

    private static (GraphQLRequest? Request, string? Error, int Status, string Code) ReadGet(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        foreach (var name in GetParameters)
        {
            // More than one value would be joined with commas into one text that nobody sent.
            if (request.Query[name].Count > 1)
            {
                return (null, $"`{name}` is given {request.Query[name].Count} times; give each parameter once.", StatusCodes.Status400BadRequest, ErrorCodes.BadRequest);
            }
        }

        var query = request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, "The request has no `query` parameter; pass the GraphQL document as ?query=...", StatusCodes.Status400BadRequest, ErrorCodes.BadRequest);
        }

        try
        {
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = NullIfEmpty(request.Query["operationName"].ToString()),
                Variables = ReadJsonParameter<Inputs>(request, serializer, "variables"),
                Extensions = ReadJsonParameter<Inputs>(request, serializer, "extensions"),
            }, null, StatusCodes.Status200OK, ErrorCodes.BadRequest);
        }
        catch (Exception e) when (IsMalformedJson(e))
        {
            return (null, "`variables` and `extensions` must be JSON objects.", StatusCodes.Status400BadRequest, ErrorCodes.BadRequest);
        }
    }

    private static async Task<(GraphQLRequest? Request, string? Error, int Status, string Code)> ReadPostAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        var contentType = http.Request.ContentType;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"Send the request as {GraphQLMediaTypes.Json}: {{\"query\": \"...\", \"variables\": {{...}}}}.", StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest);
        }

        if (parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"The request body must be UTF-8; `charset={parsed.Charset}` is not supported.", StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest);
        }

        var options = http.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var limit = options.MaxRequestBytes;
        if (http.Request.ContentLength > limit)
        {
            return (null, $"The request body is larger than the limit of {limit} bytes.", StatusCodes.Status413PayloadTooLarge, ErrorCodes.BadRequest);
        }

        GraphQLRequest? request;
        try
        {
            request = await ReadBodyAsync(http, serializer, limit, TimeSpan.FromSeconds(options.BodyReadTimeoutSeconds)).ConfigureAwait(false);
        }
        catch (RequestTooLargeException)
        {
            http.Response.Headers.Connection = "close";
            return (null, $"The request body is larger than the limit of {limit} bytes.", StatusCodes.Status413PayloadTooLarge, ErrorCodes.BadRequest);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody to answer.
            return (null, null, 0, ErrorCodes.BadRequest);
        }
        catch (BodyTimeoutException)
        {
            LogBadBody(http, StatusCodes.Status408RequestTimeout, "the body did not arrive in time");
            // The rest of the body is not read: the connection cannot carry another request.
            http.Response.Headers.Connection = "close";
            return (null, $"The request body did not arrive within {options.BodyReadTimeoutSeconds} s (GraphQLHttp:BodyReadTimeoutSeconds); send it at once.", StatusCodes.Status408RequestTimeout, ErrorCodes.Timeout);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's word on the body (malformed chunks, too slow, too large): the client's fault, answered, not an error of ours.
            LogBadBody(http, e.StatusCode, e.Message);
            // The rest of the body is not read: the connection cannot carry another request.
            http.Response.Headers.Connection = "close";
            return (null, e.StatusCode switch
            {
                StatusCodes.Status408RequestTimeout => "The request body arrived too slowly; send it at once.",
                StatusCodes.Status413PayloadTooLarge => $"The request body is larger than the limit of {limit} bytes.",
                _ => "The request body is malformed (its framing: Content-Length or chunked encoding); send a well-formed HTTP request.",
            }, e.StatusCode, e.StatusCode == StatusCodes.Status408RequestTimeout ? ErrorCodes.Timeout : ErrorCodes.BadRequest);
        }
        catch (Exception e) when (IsMalformedJson(e))
        {
            return (null, "The request body is not valid JSON of the form {\"query\": \"...\", \"variables\": {...}, \"operationName\": \"...\"}.", StatusCodes.Status400BadRequest, ErrorCodes.BadRequest);
        }

        if (request is null || string.IsNullOrWhiteSpace(request.Query))
        {
            return (null, "The request has no `query`; send {\"query\": \"{ stats { actors } }\"}.", StatusCodes.Status400BadRequest, ErrorCodes.BadRequest);
        }

        return (request, null, StatusCodes.Status200OK, ErrorCodes.BadRequest);
    }

    private static void LogBadBody(HttpContext http, int status, string reason) =>
        LoggerOf(http)
            .LogInformation("GraphQL request body refused with HTTP {Status}: {Reason}", status, reason);

    /// <summary>
    /// Reads the whole body, at most <paramref name="limit"/> bytes, within <paramref name="timeout"/> however
    /// slowly it trickles in (Kestrel's minimum data rate lets 240 B/s pass). The deadline cancels the
    /// pending read rather than the read's token, which would leave Kestrel's body reader unable to drain.
    /// </summary>
    private static async Task<GraphQLRequest?> ReadBodyAsync(HttpContext http, IGraphQLTextSerializer serializer, long limit, TimeSpan timeout)
    {
        var reader = http.Request.BodyReader;
        using var buffer = new MemoryStream();
        // A small body has usually arrived with the headers: then it is taken without starting the deadline's timer.
        if (!reader.TryRead(out var first) || !Take(reader, first, buffer, limit))
        {
            using var deadline = new CancellationTokenSource(timeout);
            using var registration = deadline.Token.Register(static r => ((System.IO.Pipelines.PipeReader)r!).CancelPendingRead(), reader);
            while (true)
            {
                var read = await reader.ReadAsync(http.RequestAborted).ConfigureAwait(false);
                if (read.IsCanceled)
                {
                    reader.AdvanceTo(read.Buffer.Start);
                    throw new BodyTimeoutException();
                }

                if (Take(reader, read, buffer, limit))
                {
                    break;
                }
            }
        }

        buffer.Position = 0;
        return await serializer.ReadAsync<GraphQLRequest>(buffer, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Copies what was read into <paramref name="buffer"/> (at most <paramref name="limit"/> bytes in all); true when the body is complete.</summary>
    private static bool Take(System.IO.Pipelines.PipeReader reader, System.IO.Pipelines.ReadResult read, MemoryStream buffer, long limit)
    {
        if (buffer.Length + read.Buffer.Length > limit)
        {
            reader.AdvanceTo(read.Buffer.End);
            throw new RequestTooLargeException();
        }

        foreach (var segment in read.Buffer)
        {
            buffer.Write(segment.Span);
        }

        reader.AdvanceTo(read.Buffer.End);
        return read.IsCompleted;
    }

    /// <summary>This endpoint's logger, made once per logger factory: making it takes the factory's lock, which every request would contend for.</summary>
    private static ILogger LoggerOf(HttpContext http) =>
        Loggers.GetValue(http.RequestServices.GetRequiredService<ILoggerFactory>(), static factory => factory.CreateLogger(typeof(GraphQLHttpEndpoint)));

    /// <summary>What the serializer throws for JSON that is malformed or of the wrong shape.</summary>
    private static bool IsMalformedJson(Exception e) =>
        e is JsonException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException or DecoderFallbackException;

    private static T? ReadJsonParameter<T>(HttpRequest request, IGraphQLTextSerializer serializer, string name)
    {
        var text = request.Query[name].ToString();
        return string.IsNullOrWhiteSpace(text) ? default : serializer.Deserialize<T>(text);
    }

    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            // Execution parses again and reports the error (syntax, or nesting too deep).
            return null;
        }
    }

    private static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return operation?.Operation is OperationType.Mutation or OperationType.Subscription;
    }

    /// <summary>The media type of the answer, from the Accept header; null when it allows neither of ours.</summary>
    internal static string? NegotiateMediaType(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList(request.Headers.Accept.OfType<string>().ToList(), out var types))
        {
            return GraphQLMediaTypes.Json;
        }

        foreach (var type in types.OrderByDescending(t => t.Quality ?? 1.0))
        {
            if (type.Quality == 0)
            {
                continue;
            }

            if (type.MediaType.Equals(GraphQLMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.GraphQLResponse;
            }

            if (type.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.Json;
            }
        }

        return null;
    }

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string message, string code = ErrorCodes.BadRequest)
    {
        using var answer = await SerializeAsync(http, serializer, new ExecutionResult { Errors = [new UserInputError(message, code)] }).ConfigureAwait(false);
        await SendAsync(http, mediaType, status, answer).ConfigureAwait(false);
    }

    /// <summary>The operation name as a metric tag: a client's own name, bounded so it cannot flood the metrics.</summary>
    private static string OperationLabel(string? name) =>
        name is null ? "anonymous" : name.Length <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? name : "other";

    /// <summary>The answer as bytes, at most <see cref="GraphQLHttpOptions.MaxResponseBytes"/>; a larger one becomes a <c>LIMIT_EXCEEDED</c> error.</summary>
    private static async Task<BoundedBufferStream> SerializeAsync(HttpContext http, IGraphQLTextSerializer serializer, ExecutionResult result)
    {
        var max = http.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.MaxResponseBytes;
        var answer = new BoundedBufferStream(max);
        try
        {
            await serializer.WriteAsync(answer, result, http.RequestAborted).ConfigureAwait(false);
        }
        catch (BoundedBufferStream.TooLargeException)
        {
            answer.Clear();
            await serializer.WriteAsync(answer, new ExecutionResult
            {
                Errors = [UserInputError.LimitExceeded($"The answer is larger than {max} bytes (GraphQLHttp:MaxResponseBytes); ask for fewer items (first, limit) or fewer fields, or split the request.")],
            }, http.RequestAborted).ConfigureAwait(false);
        }
        catch
        {
            await answer.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return answer;
    }

    /// <summary>Writes the answer with its Content-Length; a client that does not take it within the write timeout is disconnected.</summary>
    private static async Task SendAsync(HttpContext http, string mediaType, int status, BoundedBufferStream answer)
    {
        var timeout = http.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.ResponseWriteTimeoutSeconds;
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.ContentLength = answer.Length;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(TimeSpan.FromSeconds(timeout));
        try
        {
            await answer.SendAsync(http.Response.Body, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            LoggerOf(http)
                .LogInformation("GraphQL answer of {Bytes} bytes not taken within {Timeout} s (GraphQLHttp:ResponseWriteTimeoutSeconds); connection closed", answer.Length, timeout);
            http.Abort();
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }
    }

    private static string? NullIfEmpty(string text) => string.IsNullOrEmpty(text) ? null : text;

    private sealed class RequestTooLargeException : Exception;

    private sealed class BodyTimeoutException : Exception;
}
