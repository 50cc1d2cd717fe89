namespace GoSmart.Graph.Api.GraphQL.Errors;

/// <summary>The values of <c>extensions.code</c> in our errors.</summary>
public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string Timeout = "TIMEOUT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string RateLimited = "RATE_LIMITED";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadRequest = "BAD_REQUEST";
    public const string Internal = "INTERNAL_SERVER_ERROR";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string StoreFull = "STORE_FULL";
}
