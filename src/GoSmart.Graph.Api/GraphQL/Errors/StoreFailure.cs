using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Neo4j;
using GoSmart.Graph.Neo4j.Http;

namespace GoSmart.Graph.Api.GraphQL.Errors;

/// <summary>
/// An expected failure of the store (unreachable, answering errors, full), found anywhere in an exception's
/// cause chain: the code a client gets, and the one line with the details (address, database, the server's
/// own message) an operator gets. Anything else is a bug and stays INTERNAL_SERVER_ERROR with its stack.
/// </summary>
public sealed record StoreFailure(Exception Cause, string Code, LogLevel Level, string Detail)
{
    public static StoreFailure? Of(Exception error, Neo4jOptions? neo4j)
    {
        for (Exception? e = error; e is not null; e = e is AggregateException { InnerExceptions: [var only] } ? only : e.InnerException)
        {
            switch (e)
            {
                case StoreFullException full:
                    return new StoreFailure(full, ErrorCodes.StoreFull, LogLevel.Error, full.Message);
                case StoreUnavailableException unavailable:
                    return new StoreFailure(unavailable, ErrorCodes.StoreUnavailable, LogLevel.Warning, unavailable.Message);
                case Neo4jException neo when IsStoreSide(neo):
                    var where = neo4j?.Uri is { } uri ? $"Neo4j at {uri} (database {neo4j.Database})" : "Neo4j";
                    return new StoreFailure(neo, ErrorCodes.StoreUnavailable, neo.IsTransient ? LogLevel.Warning : LogLevel.Error, $"{where} answered {neo.Message}");
            }
        }

        return null;
    }

    /// <summary>What the client reads: what happened, what to do, and the id that finds this line in the log.</summary>
    public string ClientMessage(string? requestId)
    {
        var quote = RequestIdQuote.Of(requestId);
        return Code == ErrorCodes.StoreFull
            ? $"The graph store is full: nothing was written (reads go on); tell the operator, who must free disk space, and {quote}."
            : $"The graph store is not available; try again shortly. If it persists, {quote}.";
    }

    /// <summary>
    /// The server's own faults, not our statements': a database error, a transient error not worth a retry,
    /// refused credentials, an HTTP status without errors[]. A client error in our Cypher is a bug.
    /// </summary>
    private static bool IsStoreSide(Neo4jException e) =>
        e.IsTransient || e.IsAuthentication
        || e.Code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal)
        || e.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
        || e.Code.StartsWith("GoSmart.Client.Http", StringComparison.Ordinal);
}
