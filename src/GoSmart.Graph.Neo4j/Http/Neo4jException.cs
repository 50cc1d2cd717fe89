namespace GoSmart.Graph.Neo4j.Http;

/// <summary>An error Neo4j reported (its <c>errors[]</c>), with its status code, e.g. <c>Neo.TransientError.Transaction.DeadlockDetected</c>.</summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException()
        : this("GoSmart.Client.Unknown", "Neo4j reported an error.")
    {
    }

    public Neo4jException(string message)
        : this("GoSmart.Client.Unknown", message)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "GoSmart.Client.Unknown";
    }

    public Neo4jException(string code, string message, int? httpStatus = null)
        : base($"{code}: {message}")
    {
        Code = code;
        HttpStatus = httpStatus;
    }

    public string Code { get; }

    public int? HttpStatus { get; }

    /// <summary>True when trying again may succeed: decided by the code, since Neo4j answers transient errors with a 400.</summary>
    public bool IsTransient => Neo4jErrorCodes.IsTransient(Code) || HttpStatus is 502 or 503 or 504;

    public bool IsAuthentication => Code.StartsWith("Neo.ClientError.Security.Unauthorized", StringComparison.Ordinal)
        || Code.StartsWith("Neo.ClientError.Security.AuthenticationRateLimit", StringComparison.Ordinal);
}
