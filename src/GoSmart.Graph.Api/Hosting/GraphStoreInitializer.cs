using System.Diagnostics;
using GoSmart.Graph.Core.Import;
using GoSmart.Graph.Core.Storage.Embedded;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.Hosting;

/// <summary>Opens the store before the server takes requests, and seeds it on first start.</summary>
public sealed class GraphStoreInitializer(
    GraphStoreHolder holder,
    IOptions<GraphStoreOptions> options,
    ILogger<GraphStoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!string.Equals(settings.Provider, "Embedded", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"GraphStore:Provider '{settings.Provider}' is not known; use 'Embedded'.");
        }

        var clock = Stopwatch.StartNew();
        var dataDirectory = Path.GetFullPath(settings.DataDirectory);
        var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = dataDirectory }, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Opened the embedded store in {DataDirectory} in {Elapsed} ms", dataDirectory, clock.ElapsedMilliseconds);

        if (settings.SeedWhenEmpty && await store.IsEmptyAsync(cancellationToken).ConfigureAwait(false))
        {
            var seed = Path.GetFullPath(settings.SeedDirectory ?? Path.Combine(AppContext.BaseDirectory, "seed"));
            clock.Restart();
            var summary = await SeedLoader.LoadAsync(seed, store, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Seeded the store from {SeedDirectory} in {Elapsed} ms: {Summary}", seed, clock.ElapsedMilliseconds, summary);
        }

        holder.Set(store);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
