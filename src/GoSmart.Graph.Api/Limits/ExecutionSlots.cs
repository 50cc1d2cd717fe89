using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.Limits;

/// <summary>The places for GraphQL requests running at once, per client and in all (<see cref="ConcurrencyOptions"/>).</summary>
public sealed class ExecutionSlots : IDisposable
{
    private readonly ConcurrencyOptions _options;
    private readonly PartitionedRateLimiter<string> _perClient;
    private readonly ConcurrencyLimiter _total;

    public ExecutionSlots(IOptions<ConcurrencyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _perClient = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetConcurrencyLimiter(client, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, _options.MaxConcurrentRequestsPerClient),
            QueueLimit = Math.Max(0, _options.MaxQueuedRequestsPerClient),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
        _total = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, _options.MaxConcurrentRequests),
            QueueLimit = Math.Max(0, _options.MaxQueuedRequests),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>A place at once, when one is free and nobody waits; null otherwise (then wait with <see cref="AcquireAsync"/>).</summary>
    public Slot? TryAcquire(string client)
    {
        var own = _perClient.AttemptAcquire(client);
        if (!own.IsAcquired)
        {
            own.Dispose();
            return null;
        }

        var total = _total.AttemptAcquire();
        if (!total.IsAcquired)
        {
            total.Dispose();
            own.Dispose();
            return null;
        }

        return new Slot(own, total, StatusCodes.Status200OK, null);
    }

    /// <summary>A place for <paramref name="client"/>'s request, or why not (HTTP 429 for the client's share, 503 for the service's).</summary>
    public async ValueTask<Slot> AcquireAsync(string client, CancellationToken cancellationToken)
    {
        var own = await _perClient.AcquireAsync(client, 1, cancellationToken).ConfigureAwait(false);
        if (!own.IsAcquired)
        {
            own.Dispose();
            return new Slot(null, null, StatusCodes.Status429TooManyRequests,
                $"This client has {_options.MaxConcurrentRequestsPerClient} requests running and {_options.MaxQueuedRequestsPerClient} waiting, its limit; wait for answers before sending more.");
        }

        RateLimitLease total;
        try
        {
            total = await _total.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            own.Dispose();
            throw;
        }

        if (!total.IsAcquired)
        {
            total.Dispose();
            own.Dispose();
            return new Slot(null, null, StatusCodes.Status503ServiceUnavailable,
                $"The service has {_options.MaxConcurrentRequests} requests running and {_options.MaxQueuedRequests} waiting, its limit; try again shortly.");
        }

        return new Slot(own, total, StatusCodes.Status200OK, null);
    }

    public void Dispose()
    {
        _perClient.Dispose();
        _total.Dispose();
    }

    /// <summary>A request's place, held until its answer is written; <see cref="Refusal"/> when there was none.</summary>
    public sealed class Slot(RateLimitLease? own, RateLimitLease? total, int status, string? refusal) : IDisposable
    {
        public int Status => status;

        public string? Refusal => refusal;

        public void Dispose()
        {
            total?.Dispose();
            own?.Dispose();
        }
    }
}
