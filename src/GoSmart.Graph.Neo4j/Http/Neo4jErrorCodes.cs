namespace GoSmart.Graph.Neo4j.Http;

/// <summary>Which Neo4j status codes are worth a retry (the rules Neo4j's own drivers follow).</summary>
public static class Neo4jErrorCodes
{
    private static readonly string[] RetriableClientErrors =
    [
        "Neo.ClientError.Cluster.NotALeader",
        "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
        "Neo.ClientError.Security.AuthorizationExpired",
        "Neo.ClientError.Request.ResourceExhaustion",
    ];

    private static readonly string[] FinalTransientErrors =
    [
        "Neo.TransientError.Transaction.Terminated",
        "Neo.TransientError.Transaction.LockClientStopped",
    ];

    public static bool IsTransient(string code) =>
        code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
            ? !FinalTransientErrors.Contains(code, StringComparer.Ordinal)
            : RetriableClientErrors.Contains(code, StringComparer.Ordinal);
}
