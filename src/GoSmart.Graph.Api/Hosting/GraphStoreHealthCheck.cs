using GoSmart.Graph.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GoSmart.Graph.Api.Hosting;

/// <summary>
/// Ready when the store is open and answers; otherwise says so in words safe for anyone (health is public):
/// the address, database and the store's own message go to the log.
/// </summary>
public sealed class GraphStoreHealthCheck(GraphStoreHolder holder, ILogger<GraphStoreHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!holder.IsReady)
        {
            return HealthCheckResult.Unhealthy(holder.NotReadyReason);
        }

        try
        {
            var version = await holder.Store.GetVersionAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Graph version {version}.");
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Readiness: the graph store does not answer: {Detail}", e.Message);
            return HealthCheckResult.Unhealthy("The graph store does not answer; the service log has the cause.");
        }
    }
}
