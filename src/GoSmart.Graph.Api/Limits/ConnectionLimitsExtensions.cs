using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.Limits;

public static class ConnectionLimitsExtensions
{
    /// <summary>Connection limits in all and per client, and Kestrel's timeouts tightened (<see cref="ConnectionLimitsOptions"/>).</summary>
    public static IServiceCollection AddGoSmartConnectionLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConnectionLimitsOptions>(configuration.GetSection(ConnectionLimitsOptions.Section));
        services.Configure<ClientAddressOptions>(configuration.GetSection(ClientAddressOptions.Section));
        services.AddSingleton<ConnectionLimiter>();
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelLimitsSetup>();
        return services;
    }

    private sealed class KestrelLimitsSetup(ConnectionLimiter limiter, IOptions<ConnectionLimitsOptions> options) : IConfigureOptions<KestrelServerOptions>
    {
        public void Configure(KestrelServerOptions kestrel)
        {
            var o = options.Value;
            kestrel.Limits.MaxConcurrentConnections = limiter.KestrelLimit;
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(o.KeepAliveTimeoutSeconds);
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(o.RequestHeadersTimeoutSeconds);
            kestrel.Limits.MinResponseDataRate = new MinDataRate(o.MinResponseBytesPerSecond, TimeSpan.FromSeconds(5));
            kestrel.ConfigureEndpointDefaults(listen => listen.Use(limiter.Wrap));
        }
    }
}
