using GoSmart.Graph.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.Exceptions;
using GraphQLParser.AST;
using GoSmart.Graph.Api.Limits;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.GraphQL;

/// <summary>
/// Parses the query (a document nested too deep is a coded parse error) and caches documents that
/// passed validation, keyed by the query text, so a repeated query (dashboards send the same ones
/// all day) skips parsing and the document-only validation rules. Bounded by an estimate of the memory
/// the cached documents hold (<see cref="LimitsOptions.DocumentCacheBytes"/>, <see cref="EstimatedBytes"/>). Before parsing, the document's tokens are counted, and after, its size is
/// checked (<see cref="DocumentLimitsOptions"/>), so validation only ever sees a small document.
/// </summary>
public sealed class DocumentCache(IOptions<LimitsOptions> limits) : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = limits.Value.DocumentCacheBytes });

    public float SortOrder => 200;

    /// <summary>The document of a query that already passed validation, or null; lets a caller look at it without parsing again.</summary>
    public GraphQLDocument? Find(string query) => _cache.Get<GraphQLDocument>(query);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is not null || options.Query is null)
        {
            return await next(options).ConfigureAwait(false);
        }

        var cached = Find(options.Query);
        if (cached is not null)
        {
            if (UnsupportedOperation(cached, options) is { } unsupported)
            {
                return unsupported;
            }

            options.Document = cached;
            // The core rules depend on the document alone; ours (complexity, which reads variables such as $first) run every time.
            options.ValidationRules = options.CachedDocumentValidationRules
                ?? throw new InvalidOperationException($"{nameof(ValidationRuleSet)} sets the rules for cached documents; it is not configured.");
            return await next(options).ConfigureAwait(false);
        }

        var bounds = limits.Value.Document;
        if (DocumentLimits.CheckTokens(options.Query, bounds, options.CancellationToken) is { } tooManyTokens)
        {
            return Refused(tooManyTokens);
        }

        GraphQLDocument? parsed;
        try
        {
            parsed = Parser.Parse(options.Query);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return new ExecutionResult
            {
                Errors = [new UserInputError("The document nests deeper than the parser allows; flatten the query or its values.", ErrorCodes.ParseFailed)],
            };
        }
        catch (GraphQLSyntaxErrorException)
        {
            // Left to the executer, which reports the syntax error with its location.
            parsed = null;
        }

        if (parsed is not null)
        {
            if (DocumentLimits.CheckDocument(parsed, bounds) is { } tooLarge)
            {
                return Refused(tooLarge);
            }

            if (UnsupportedOperation(parsed, options) is { } unsupported)
            {
                return unsupported;
            }
        }

        options.Document = parsed;
        var result = await next(options).ConfigureAwait(false);
        if (parsed is not null && result.Executed)
        {
            _cache.Set(options.Query, parsed, new MemoryCacheEntryOptions { Size = EstimatedBytes(options.Query) });
        }

        return result;
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>
    /// What a cached query holds in memory, as measured on the service: its text, syntax tree and remembered
    /// validation about 33 bytes per character of a dense document, and about 1 KB per entry however short the
    /// query (counted by characters alone, 4 Mi characters of short distinct queries were 200,000 entries, ~160 MB).
    /// </summary>
    public static long EstimatedBytes(string query) => 1024 + (32L * (query?.Length ?? 0));

    private static ExecutionResult Refused(string message) => new() { Errors = [UserInputError.LimitExceeded(message)] };

    /// <summary>
    /// An operation whose root type the schema lacks (a subscription: there is none) is the client's
    /// mistake; GraphQL.NET's validation lets it through and execution then fails as an internal error.
    /// </summary>
    private static ExecutionResult? UnsupportedOperation(GraphQLDocument document, ExecutionOptions options)
    {
        GraphQLOperationDefinition? selected = null;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (options.OperationName is null ? selected is null : operation.Name?.StringValue == options.OperationName)
            {
                selected = operation;
            }
        }

        var kind = selected?.Operation;
        var supported = kind switch
        {
            OperationType.Subscription => options.Schema?.Subscription is not null,
            OperationType.Mutation => options.Schema?.Mutation is not null,
            _ => true,
        };
        return supported ? null : new ExecutionResult
        {
            Errors =
            [
                new UserInputError(
                    kind == OperationType.Subscription
                        ? "Subscriptions are not supported; this service has no subscription type. Poll with a query instead."
                        : "Mutations are not supported by this schema.",
                    ErrorCodes.BadRequest),
            ],
        };
    }
}
