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

    /// <summary>
    /// The response tells the client the request's id to quote; every log line of the request already
    /// carries the same id (ASP.NET Core's request scope, <c>RequestId</c>).
    /// </summary>
    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.Response.Headers[RequestIdHeader] = http.TraceIdentifier;
            return next(http);
        });
}
