using GoSmart.Graph.Neo4j;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.GraphQL.Errors;

/// <summary>
/// What an exception escaping a resolver becomes. A store failure: a coded error with the request id for the
/// client, and one log line per failure and request with its details and no stack (many fields may fail on one
/// cause: a batch they all waited on, a store not open); anything else: an Error line with its stack and the
/// request id, and for the client INTERNAL_SERVER_ERROR with that id and nothing of the exception.
/// </summary>
public static class UnhandledErrors
{
    /// <summary>The request's id (<c>HttpContext.TraceIdentifier</c>, sent as <c>X-Request-Id</c>), in the execution's user context.</summary>
    public const string RequestIdKey = "GoSmart.RequestId";

    private const string LoggedKey = "GoSmart.LoggedStoreFailures";

    public static Task HandleAsync(UnhandledExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.ExecutionOptions;
        var services = options.RequestServices!;
        var logger = services.GetRequiredService<ILogger<GoSmartSchema>>();
        var field = context.FieldContext?.FieldDefinition.Name;
        var requestId = options.UserContext.TryGetValue(RequestIdKey, out var id) && id is string s ? s : null;
        var failure = StoreFailure.Of(context.OriginalException, services.GetService<IOptions<Neo4jOptions>>()?.Value);
        if (failure is null)
        {
            // A bug: the stack belongs in the log, and the client gets the request id that finds it there.
            logger.LogError(context.OriginalException, "Unhandled error in field {Field} (request {RequestId})", field, requestId);
            context.Exception = new InternalError(InternalError.MessageFor(requestId));
            return Task.CompletedTask;
        }

        if (FirstReport(options.UserContext, failure))
        {
            logger.Log(failure.Level, "Graph store failure ({Code}) in field {Field}: {Detail}", failure.Code, field, failure.Detail);
        }

        context.Exception = new StoreError(failure.Code, failure.ClientMessage(requestId));
        return Task.CompletedTask;
    }

    /// <summary>Once per request and failure: fields failing on the same cause (one batch, or a store not open) give one line.</summary>
    private static bool FirstReport(IDictionary<string, object?> userContext, StoreFailure failure)
    {
        lock (userContext)
        {
            if (!userContext.TryGetValue(LoggedKey, out var value) || value is not HashSet<string> logged)
            {
                logged = new HashSet<string>(StringComparer.Ordinal);
                userContext[LoggedKey] = logged;
            }

            return logged.Add(failure.Code + " " + failure.Detail);
        }
    }
}
