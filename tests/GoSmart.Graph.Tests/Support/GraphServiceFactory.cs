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

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Func<IGraphStore, IGraphStore>? _wrapStore;
    private readonly Action<IServiceCollection>? _configureServices;

    /// <param name="settings">Configuration over the defaults (which give the test credentials of <see cref="TestCredentials"/> and no rate limit).</param>
    /// <param name="wrapStore">Wraps the real store, e.g. to make a call hang.</param>
    /// <param name="configureServices">More test services, e.g. a logger provider that captures what is logged.</param>
    public GraphServiceFactory(
        string? dataDirectory = null,
        bool seed = true,
        IReadOnlyDictionary<string, string?>? settings = null,
        Func<IGraphStore, IGraphStore>? wrapStore = null,
        Action<IServiceCollection>? configureServices = null)
    {
        _configureServices = configureServices;
        _seed = seed;
        _settings = settings ?? new Dictionary<string, string?>();
        _wrapStore = wrapStore;
        _deleteOnDispose = dataDirectory is null;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "gosmart-tests", Guid.NewGuid().ToString("N"));
        // Not UseKestrel(0): WebApplicationFactory then rewrites the server addresses while the app's own
        // thread may already be binding them (dotnet/aspnetcore#67714, a flaky InvalidOperationException).
        // The port-0 URL below is read by Kestrel itself.
        UseKestrel();
    }

    public string DataDirectory { get; }

    public CountingGraphStore? CountingStore { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("GraphStore:DataDirectory", DataDirectory);
        builder.UseSetting("GraphStore:SeedDirectory", RepoPaths.Seed);
        builder.UseSetting("GraphStore:SeedWhenEmpty", _seed ? "true" : "false");
        builder.UseSetting("Limits:RateLimit:Enabled", "false");
        foreach (var (key, value) in TestCredentials.Settings)
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IGraphStore>(sp =>
            {
                var store = sp.GetRequiredService<GraphStoreHolder>().Store;
                return CountingStore ??= new CountingGraphStore(_wrapStore is null ? store : _wrapStore(store));
            });
            _configureServices?.Invoke(services);
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
