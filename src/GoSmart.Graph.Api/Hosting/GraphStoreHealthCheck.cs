using GoSmart.Graph.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.Hosting;

/// <summary>
/// Ready when the store is open and answers; says which store, and the graph version it reads (one
/// cheap call: the embedded store answers from its index), or why it is not ready.
/// </summary>
public sealed class GraphStoreHealthCheck(GraphStoreHolder holder, IOptions<GraphStoreOptions> options) : IHealthCheck
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
            return HealthCheckResult.Unhealthy($"{store}, not ready: {e.Message}");
        }
    }
}
