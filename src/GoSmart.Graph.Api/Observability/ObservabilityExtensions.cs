using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GoSmart.Graph.Api.Observability;

public static class ObservabilityExtensions
{
    public const string RequestIdHeader = "X-Request-Id";

    /// <summary>
    /// OpenTelemetry traces and metrics (ASP.NET Core and ours), exported over OTLP only when
    /// <c>OpenTelemetry:OtlpEndpoint</c> is set; otherwise nothing is collected or sent.
    /// </summary>
    public static IServiceCollection AddGoSmartTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["OpenTelemetry:OtlpEndpoint"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return services;
        }

        var uri = new Uri(endpoint);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OpenTelemetry:ServiceName"] ?? "gosmart-graph"))
            .WithTracing(t => t
                .AddSource(GraphTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddOtlpExporter(o => o.Endpoint = uri))
            .WithMetrics(m => m
                .AddMeter(GraphTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = uri));
        return services;
    }

    /// <summary>Every log line of a request carries its id, and the response tells the client the id to quote.</summary>
    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("GoSmart.Graph.Requests");
            http.Response.Headers[RequestIdHeader] = http.TraceIdentifier;
            using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = http.TraceIdentifier }))
            {
                await next(http).ConfigureAwait(false);
            }
        });
}
