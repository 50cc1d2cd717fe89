using GoSmart.Graph.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.Hosting;

/// <summary>
/// Ready when the store is open and answers; says which store, and the graph version it reads (one
/// cheap call: the embedded store answers from its index), or that it is not ready in words safe for
/// anyone (health is public): the address, database and the store's own message go to the log.
/// </summary>
public sealed class GraphStoreHealthCheck(GraphStoreHolder holder, IOptions<GraphStoreOptions> options, ILogger<GraphStoreHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var store = $"store {options.Value.Provider}";
        if (!holder.IsReady)
        {
            return HealthCheckResult.Unhealthy($"{store}, not ready: {holder.NotReadyReason}");
        }

        try
        {
            var version = await holder.Store.GetVersionAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{store}, ready, graph version {version}.");
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Readiness: the graph store does not answer: {Detail}", e.Message);
            return HealthCheckResult.Unhealthy($"{store}, not ready: the graph store does not answer; the service log has the cause.");
        }
    }
}
