using GoSmart.Graph.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GoSmart.Graph.Api.Hosting;

/// <summary>Ready when the store is open and answers; otherwise says why.</summary>
public sealed class GraphStoreHealthCheck(GraphStoreHolder holder) : IHealthCheck
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
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
