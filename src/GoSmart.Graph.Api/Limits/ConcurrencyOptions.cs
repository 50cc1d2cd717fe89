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

    /// <summary>
    /// Requests running at once per credential or client; more wait. The number of cores (at least 2): more
    /// would not answer one client sooner, and would let it take every core from the others (on 2 cores, 8
    /// of one client's heavy queries at once put another client's cheap query at p99 170 ms; 2, at 8 ms).
    /// </summary>
    public int MaxConcurrentRequestsPerClient { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Requests waiting per credential or client; past it HTTP 429 <c>RATE_LIMITED</c>.</summary>
    public int MaxQueuedRequestsPerClient { get; set; } = 32;
}
