using System.Threading.RateLimiting;
using GoSmart.Graph.Api.Security;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// The budgets of <see cref="RateLimitOptions"/>: a fixed window per credential or client, chained with one
/// window for all anonymous clients. The rate-limiting middleware takes 1 unit per request from it, and
/// <see cref="RequestCostRule"/> the cost of the expensive fields once the operation is known.
/// </summary>
public sealed class ClientBudget : IDisposable
{
    private readonly RateLimitOptions _rate;
    private readonly ClientAddressOptions _clients;
    private readonly PartitionedRateLimiter<HttpContext> _perClient;
    private readonly PartitionedRateLimiter<HttpContext> _anonymous;

    public ClientBudget(IOptions<LimitsOptions> limits, IOptions<ClientAddressOptions> clients)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(clients);
        _rate = limits.Value.RateLimit;
        _clients = clients.Value;
        var window = TimeSpan.FromSeconds(_rate.WindowSeconds);
        _perClient = PartitionedRateLimiter.Create<HttpContext, string>(http => IsExempt(http)
            ? RateLimitPartition.GetNoLimiter("exempt")
            : RateLimitPartition.GetFixedWindowLimiter(PartitionOf(http), _ => new FixedWindowRateLimiterOptions { PermitLimit = _rate.PermitLimit, Window = window, QueueLimit = 0 }));
        _anonymous = PartitionedRateLimiter.Create<HttpContext, string>(http => IsExempt(http) || IsAuthenticated(http)
            ? RateLimitPartition.GetNoLimiter("exempt")
            : RateLimitPartition.GetFixedWindowLimiter("anonymous", _ => new FixedWindowRateLimiterOptions { PermitLimit = _rate.AnonymousPermitLimit, Window = window, QueueLimit = 0 }));
        Limiter = PartitionedRateLimiter.CreateChained(_perClient, _anonymous);
    }

    public RateLimitOptions Options => _rate;

    /// <summary>Both budgets at once: a request must fit in each.</summary>
    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>
    /// The budget a request draws on: <c>credential:key:&lt;name&gt;</c> or <c>credential:jwt:&lt;name&gt;</c>
    /// for a credential, else <c>address:</c> and the client's network (<see cref="ClientPartition"/>).
    /// Read after authentication.
    /// </summary>
    public string PartitionOf(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return IsAuthenticated(http)
            ? "credential:" + http.User.PrincipalName()
            : "address:" + ClientPartition.Of(http.Connection.RemoteIpAddress, _clients);
    }

    /// <summary>The most a single request may cost: a cost above it could never be paid.</summary>
    public int CapacityOf(HttpContext http) =>
        IsAuthenticated(http) ? _rate.PermitLimit : Math.Min(_rate.PermitLimit, _rate.AnonymousPermitLimit);

    public void Dispose()
    {
        Limiter.Dispose();
        _perClient.Dispose();
        _anonymous.Dispose();
    }

    private bool IsExempt(HttpContext http) => !_rate.Enabled || http.Request.Path.StartsWithSegments("/health");

    private static bool IsAuthenticated(HttpContext http) => http.User.Identity is { IsAuthenticated: true };
}
