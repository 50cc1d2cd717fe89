using GraphQL;

namespace GoSmart.Graph.Api.GraphQL.Errors;

/// <summary>A resolver's bug as a client sees it: INTERNAL_SERVER_ERROR and the request id to quote; the exception stays in the log.</summary>
public sealed class InternalError : ExecutionError
{
    public InternalError(string message)
        : base(message)
    {
        Code = ErrorCodes.Internal;
    }

    public static string MessageFor(string? requestId) =>
        $"Something went wrong on our side; the error has been logged. If it persists, tell the operator and {RequestIdQuote.Of(requestId)}.";
}
