using GoSmart.Graph.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.Exceptions;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace GoSmart.Graph.Api.GraphQL;

/// <summary>
/// Parses the query (a document nested too deep is a coded parse error) and caches documents that
/// passed validation, keyed by the query text, so a repeated query (dashboards send the same ones
/// all day) skips parsing and the document-only validation rules. Bounded by the total length of
/// the cached queries.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    public const long MaxCachedQueryCharacters = 4 * 1024 * 1024;

    private static readonly HashSet<IValidationRule> CoreRules = [.. DocumentValidator.CoreRules];

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxCachedQueryCharacters });

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
            options.Document = cached;
            // The core rules depend on the document alone; ours (complexity, which reads variables such as $first) run every time.
            options.ValidationRules = (options.ValidationRules ?? CoreRules).Where(rule => !CoreRules.Contains(rule))
                .Concat(options.CachedDocumentValidationRules ?? [])
                .Distinct()
                .ToList();
            return await next(options).ConfigureAwait(false);
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

        options.Document = parsed;
        var result = await next(options).ConfigureAwait(false);
        if (parsed is not null && result.Executed)
        {
            _cache.Set(options.Query, parsed, new MemoryCacheEntryOptions { Size = options.Query.Length });
        }

        return result;
    }

    public void Dispose() => _cache.Dispose();
}
