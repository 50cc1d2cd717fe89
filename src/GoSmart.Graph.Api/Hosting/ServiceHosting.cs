namespace GoSmart.Graph.Api.Hosting;

/// <summary>
/// Makes the service independent of the working directory it is started from (a systemd unit, a
/// container entry point, a script in <c>/</c>): its content root, and so its <c>appsettings.json</c>,
/// its <c>wwwroot</c> pages and the base of a relative data folder, is the folder it runs from; and it
/// listens where the operator says by any of ASP.NET Core's usual means, on a default port only when
/// none is given.
/// </summary>
public static class ServiceHosting
{
    /// <summary>Where the service listens when no address is configured.</summary>
    public const string DefaultUrls = "http://localhost:5080";

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // An explicit content root (--contentRoot, ASPNETCORE_CONTENTROOT, a test host's) still wins.
            ContentRootPath = GivenContentRoot(args) is null ? AppContext.BaseDirectory : null,
        });
        if (!HasAddress(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        return builder;
    }

    /// <summary>
    /// True when the configuration names where to listen: <c>urls</c> (<c>--urls</c>, <c>URLS</c>,
    /// <c>ASPNETCORE_URLS</c>, <c>DOTNET_URLS</c>, <c>Urls</c> in a settings file), <c>http_ports</c> /
    /// <c>https_ports</c> (with or without <c>ASPNETCORE_</c>), or <c>Kestrel:Endpoints</c>. A default
    /// <c>Urls</c> in appsettings.json would hide the ASPNETCORE_ variables, which rank below it.
    /// </summary>
    internal static bool HasAddress(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
        || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();

    private static string? GivenContentRoot(string[] args)
    {
        var given = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[WebHostDefaults.ContentRootKey];
        return string.IsNullOrWhiteSpace(given) ? null : given;
    }
}
