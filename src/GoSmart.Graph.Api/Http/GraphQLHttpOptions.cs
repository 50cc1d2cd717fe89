namespace GoSmart.Graph.Api.Http;

/// <summary>Limits of the GraphQL HTTP endpoint (section <c>GraphQLHttp</c>).</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQLHttp";

    /// <summary>Largest accepted request body; larger ones get HTTP 413.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>The whole request body must arrive within this, however it trickles in; else HTTP 408 <c>TIMEOUT</c>.</summary>
    public double BodyReadTimeoutSeconds { get; set; } = 10;

    /// <summary>Largest answer; a larger one is replaced by a <c>LIMIT_EXCEEDED</c> error. Buffered per request in flight.</summary>
    public long MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>The answer must be taken by the client within this; else the connection is closed.</summary>
    public double ResponseWriteTimeoutSeconds { get; set; } = 30;
}
