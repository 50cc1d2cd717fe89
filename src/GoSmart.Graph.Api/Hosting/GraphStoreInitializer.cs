using System.Diagnostics;
using GoSmart.Graph.Core.Import;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Neo4j;
using GoSmart.Graph.Neo4j.Http;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.Hosting;

/// <summary>
/// Opens the store before the server takes requests, and seeds it on first start. The embedded store
/// must open or the service stops; Neo4j may be unreachable at start-up: the service then starts not
/// ready (<c>/health/ready</c> says so; the log says why), and keeps trying in the background until Neo4j answers.
/// </summary>
public sealed class GraphStoreInitializer(
    GraphStoreHolder holder,
    IOptions<GraphStoreOptions> options,
    IOptions<Neo4jOptions> neo4jOptions,
    IHostEnvironment environment,
    ILogger<GraphStoreInitializer> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private Task? retrying;
    private int disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.Equals(settings.Provider, "Embedded", StringComparison.OrdinalIgnoreCase))
        {
            var clock = Stopwatch.StartNew();
            // Relative to the service's folder (the content root), never to wherever it was started from.
            var dataDirectory = Path.GetFullPath(settings.DataDirectory, environment.ContentRootPath);
            var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = dataDirectory }, cancellationToken).ConfigureAwait(false);
            logger.LogInformation(
                "Opened the embedded store in {DataDirectory} in {Elapsed} ms ({Phases})",
                dataDirectory,
                clock.ElapsedMilliseconds,
                string.Join(", ", store.OpenPhases));
            _ = LogIndexImageAsync(store.IndexImageSaving);
            if (await SeedAsync(store, settings, cancellationToken).ConfigureAwait(false))
            {
                // The image saved on opening the empty store is stale now: a restart would read the tables again.
                _ = LogIndexImageAsync(store.SaveIndexImageInBackground());
            }

            holder.Set(store);
        }
        else if (string.Equals(settings.Provider, "Neo4j", StringComparison.OrdinalIgnoreCase))
        {
            var neo4j = neo4jOptions.Value;
            if (neo4j.Uri is null)
            {
                throw new InvalidOperationException("GraphStore:Provider is Neo4j but Neo4j:Uri is not set; e.g. Neo4j__Uri=http://localhost:7474.");
            }

            if (!await TryOpenNeo4jAsync(neo4j, settings, cancellationToken).ConfigureAwait(false))
            {
                retrying = RetryNeo4jAsync(neo4j, settings, stopping.Token);
            }
        }
        else
        {
            throw new InvalidOperationException($"GraphStore:Provider '{settings.Provider}' is not known; use 'Embedded' or 'Neo4j'.");
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host may stop a service it has already disposed (a test host stopped twice): nothing is left to stop then.
        if (Volatile.Read(ref disposed) != 0)
        {
            return;
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        if (retrying is not null)
        {
            await retrying.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            stopping.Cancel();
            stopping.Dispose();
        }
    }

    private async Task LogIndexImageAsync(Task<OpenPhase?> saving)
    {
        if (await saving.ConfigureAwait(false) is { } saved)
        {
            logger.LogInformation("Saved the index image for the next open in {Elapsed} ms", (long)saved.Elapsed.TotalMilliseconds);
        }
    }

    private async Task RetryNeo4jAsync(Neo4jOptions neo4j, GraphStoreOptions settings, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(settings.RetryInterval, cancellationToken).ConfigureAwait(false);
                if (await TryOpenNeo4jAsync(neo4j, settings, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> TryOpenNeo4jAsync(Neo4jOptions neo4j, GraphStoreOptions settings, CancellationToken cancellationToken)
    {
        Neo4jGraphStore? store = null;
        try
        {
            var clock = Stopwatch.StartNew();
            store = await Neo4jGraphStore.OpenAsync(neo4j, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Connected to Neo4j at {Uri}, database {Database}, in {Elapsed} ms", neo4j.Uri, neo4j.Database, clock.ElapsedMilliseconds);
            await SeedAsync(store, settings, cancellationToken).ConfigureAwait(false);
            holder.Set(store);
            return true;
        }
        catch (Exception e) when (e is StoreUnavailableException or Neo4jException)
        {
            if (store is not null)
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }

            // Readiness is public: it says what is wrong, the log says where and why (credentials reach neither).
            var detail = $"Neo4j at {neo4j.Uri} (database {neo4j.Database}) is not available: {e.Message}";
            holder.SetNotReady($"Neo4j is not available; the service tries again every {settings.RetryInterval} (the log has the cause).", detail);
            logger.LogWarning("{Detail} Trying again every {Interval}.", detail, settings.RetryInterval);
            return false;
        }
    }

    /// <returns>True when the store was empty and has been seeded.</returns>
    private async Task<bool> SeedAsync(IGraphStore store, GraphStoreOptions settings, CancellationToken cancellationToken)
    {
        if (!settings.SeedWhenEmpty || !await store.IsEmptyAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var seed = settings.SeedDirectory is { } given ? Path.GetFullPath(given, environment.ContentRootPath) : Path.Combine(AppContext.BaseDirectory, "seed");
        var clock = Stopwatch.StartNew();
        holder.SetNotReady($"The graph store is being seeded from {seed}.");
        var summary = await SeedLoader.LoadAsync(seed, store, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Seeded the store from {SeedDirectory} in {Elapsed} ms: {Summary}", seed, clock.ElapsedMilliseconds, summary);
        return true;
    }
}
