using System.Globalization;
using System.Text;
using System.Threading.RateLimiting;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Api.Http;
using GraphQL;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.Limits;

public static class RateLimitingExtensions
{
    /// <summary>The budgets of <see cref="ClientBudget"/> over the GraphQL endpoint, and the places for requests in flight; health checks are never limited.</summary>
    public static IServiceCollection AddGoSmartRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LimitsOptions>(configuration.GetSection(LimitsOptions.Section));
        services.Configure<ClientAddressOptions>(configuration.GetSection(ClientAddressOptions.Section));
        services.Configure<ConcurrencyOptions>(configuration.GetSection(ConcurrencyOptions.Section));
        services.AddHttpContextAccessor();
        services.AddSingleton<ClientBudget>();
        services.AddSingleton<ExecutionSlots>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<ClientBudget>((o, budget) =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = budget.Limiter;
            o.OnRejected = (context, cancellationToken) =>
            {
                var rate = budget.Options;
                SetRetryAfter(context.HttpContext, context.Lease);
                return WriteRejectionAsync(context.HttpContext, StatusCodes.Status429TooManyRequests,
                    $"Too many requests: at most {rate.PermitLimit} units per {rate.WindowSeconds} s per credential or client (a request costs 1, expensive fields more), and {rate.AnonymousPermitLimit} for all anonymous clients together; retry after the Retry-After header's seconds.",
                    cancellationToken);
            };
        });
        return services;
    }

    internal static void SetRetryAfter(HttpContext http, RateLimitLease lease)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A refusal in the media type the client accepts, as the endpoint would answer it.</summary>
    internal static async ValueTask WriteRejectionAsync(HttpContext http, int status, string message, CancellationToken cancellationToken)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var body = Encoding.UTF8.GetBytes(serializer.Serialize(new ExecutionResult { Errors = [new UserInputError(message, ErrorCodes.RateLimited)] }));
        http.Response.StatusCode = status;
        http.Response.ContentType = (GraphQLHttpEndpoint.NegotiateMediaType(http.Request) ?? GraphQLMediaTypes.Json) + "; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }
}
