using GoSmart.Graph.Api.Hosting;
using GoSmart.Graph.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// Hosts the real service on Kestrel (loopback, a free port: real HTTP, not an in-memory server),
/// on a store in its own temporary folder, seeded from the repository's seed/.
/// </summary>
public sealed class GraphServiceFactory : WebApplicationFactory<Program>
{
    private readonly bool _deleteOnDispose;
    private readonly bool _seed;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">More configuration, e.g. <c>GraphStore:Provider</c> = <c>Neo4j</c> and <c>Neo4j:Uri</c>.</param>
    public GraphServiceFactory(string? dataDirectory = null, bool seed = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        _seed = seed;
        _settings = settings ?? new Dictionary<string, string>();
        _deleteOnDispose = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "gosmart-tests", Guid.NewGuid().ToString("N"));
        UseKestrel(0);
    }

    public string DataDirectory { get; }

    public CountingGraphStore? CountingStore { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("GraphStore:DataDirectory", DataDirectory);
        builder.UseSetting("GraphStore:SeedDirectory", RepoPaths.Seed);
        builder.UseSetting("GraphStore:SeedWhenEmpty", _seed ? "true" : "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IGraphStore>(sp => CountingStore ??= new CountingGraphStore(sp.GetRequiredService<GraphStoreHolder>().Store));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _deleteOnDispose && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
