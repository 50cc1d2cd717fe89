namespace GoSmart.Graph.Api.GraphQL.Errors;

/// <summary>How an error for a failure on our side asks the client to quote the request, so the operator finds its log line.</summary>
public static class RequestIdQuote
{
    /// <summary>"quote request id X", or without an id (outside a request) the response header that carries it.</summary>
    public static string Of(string? requestId) => requestId is null ? "quote this response's X-Request-Id" : $"quote request id {requestId}";
}
