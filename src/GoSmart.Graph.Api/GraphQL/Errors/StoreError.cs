using GraphQL;

namespace GoSmart.Graph.Api.GraphQL.Errors;

/// <summary>A store failure as a client sees it: a code, what to do and the request id to quote; the details stay in the log.</summary>
public sealed class StoreError : ExecutionError
{
    public StoreError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
