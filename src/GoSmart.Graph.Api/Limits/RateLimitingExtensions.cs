using System.Text;
using System.Threading.RateLimiting;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Api.Http;
using GoSmart.Graph.Api.Security;
using GraphQL;
using Microsoft.AspNetCore.RateLimiting;

namespace GoSmart.Graph.Api.Limits;

public static class RateLimitingExtensions
{
    /// <summary>A fixed window per credential or client address over the GraphQL endpoint; health checks are never limited.</summary>
    public static IServiceCollection AddGoSmartRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LimitsOptions.Section);
        services.Configure<LimitsOptions>(section);
        var limits = section.Get<LimitsOptions>() ?? new LimitsOptions();
        var rate = limits.RateLimit;
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                !rate.Enabled || http.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(PartitionOf(http), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = rate.PermitLimit,
                        Window = TimeSpan.FromSeconds(rate.WindowSeconds),
                        QueueLimit = 0,
                    }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
                var body = Encoding.UTF8.GetBytes(serializer.Serialize(new ExecutionResult
                {
                    Errors = [new UserInputError($"Too many requests: at most {rate.PermitLimit} per {rate.WindowSeconds} s per credential or client address; retry after the Retry-After header's seconds.", ErrorCodes.RateLimited)],
                }));
                http.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
                http.Response.ContentLength = body.Length;
                await http.Response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
            };
        });
        return services;
    }

    // Runs after authentication: a known credential has its own budget; without one, the client address.
    private static string PartitionOf(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true }
            ? "credential:" + http.User.PrincipalName()
            : "address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
