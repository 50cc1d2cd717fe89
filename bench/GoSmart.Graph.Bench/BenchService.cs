using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GoSmart.Graph.Bench;

/// <summary>
/// The real service on Kestrel (loopback, a free port), seeded in a temporary folder, plus a plain
/// endpoint that writes fixed bytes: the baseline that shares the process, the server and the run.
/// </summary>
public sealed class BenchService : WebApplicationFactory<Program>
{
    private readonly string _seedDirectory;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">More configuration, e.g. <c>GraphStore:Provider</c> and <c>Neo4j:Uri</c> for the Neo4j store.</param>
    public BenchService(string seedDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        _seedDirectory = seedDirectory;
        _settings = settings ?? new Dictionary<string, string>();

        // The service runs from the bench's output folder, not from its source folder.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_GOSMART_GRAPH_API", AppContext.BaseDirectory);
        // Not UseKestrel(0): WebApplicationFactory then rewrites the server addresses while the app's own
        // thread may already be binding them (dotnet/aspnetcore#67714, a flaky InvalidOperationException).
        // The port-0 URL below is read by Kestrel itself.
        UseKestrel();
    }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "gosmart-bench", Guid.NewGuid().ToString("N"));

    /// <summary>What <c>/plain</c> writes; set before the baseline is measured.</summary>
    public static byte[] PlainBody { get; set; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("GraphStore:DataDirectory", DataDirectory);
        builder.UseSetting("GraphStore:SeedDirectory", _seedDirectory);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, PlainEndpointFilter>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>Adds <c>GET</c> and <c>POST /plain</c> as minimal-API endpoints, routed like the service's own.</summary>
    private sealed class PlainEndpointFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseRouting();
            app.UseEndpoints(endpoints =>
            {
                // GET and POST, so each GraphQL request is compared with the same exchange minus GraphQL.
                endpoints.MapGet("/plain", () => Results.Bytes(PlainBody, "application/json; charset=utf-8"));
                endpoints.MapPost("/plain", async (HttpRequest request) =>
                {
                    await request.Body.CopyToAsync(Stream.Null).ConfigureAwait(false);
                    return Results.Bytes(PlainBody, "application/json; charset=utf-8");
                });
            });
            next(app);
        };
    }
}
