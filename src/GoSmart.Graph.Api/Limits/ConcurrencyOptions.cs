namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// GraphQL requests running at once (section <c>Limits:Concurrency</c>), from execution until the answer
/// is written, so the memory of answers in flight is bounded by <see cref="MaxConcurrentRequests"/> ×
/// <c>GraphQLHttp:MaxResponseBytes</c>, however slowly clients read.
/// </summary>
public sealed class ConcurrencyOptions
{
    public const string Section = "Limits:Concurrency";

    /// <summary>Requests running at once in all; more wait in a queue.</summary>
    public int MaxConcurrentRequests { get; set; } = 32;

    /// <summary>Requests waiting for a place in all; past it HTTP 503 <c>RATE_LIMITED</c>.</summary>
    public int MaxQueuedRequests { get; set; } = 256;

    /// <summary>Requests running at once per credential or client; more wait.</summary>
    public int MaxConcurrentRequestsPerClient { get; set; } = 8;

    /// <summary>Requests waiting per credential or client; past it HTTP 429 <c>RATE_LIMITED</c>.</summary>
    public int MaxQueuedRequestsPerClient { get; set; } = 32;
}
