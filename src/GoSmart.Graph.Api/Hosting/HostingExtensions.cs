using System.Text.Encodings.Web;
using GoSmart.Graph.Api.GraphQL;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Api.GraphQL.Loading;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Api.GraphQL.Editing;
using GoSmart.Graph.Api.Limits;
using GoSmart.Graph.Api.Observability;
using GoSmart.Graph.Neo4j;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GoSmart.Graph.Api.Hosting;

public static class HostingExtensions
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphStoreOptions>(configuration.GetSection(GraphStoreOptions.Section));
        services.Configure<Neo4jOptions>(configuration.GetSection(Neo4jOptions.Section));
        services.AddSingleton<GraphStoreHolder>();
        services.AddSingleton<IGraphStore>(sp => StoreTelemetryProxy.Wrap(sp.GetRequiredService<GraphStoreHolder>().Store));
        services.AddSingleton<MutationGate>();
        services.AddHostedService<GraphStoreInitializer>();
        return services;
    }

    public static IServiceCollection AddGoSmartGraphQL(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var section = configuration?.GetSection(LimitsOptions.Section);
        if (section is not null)
        {
            services.Configure<LimitsOptions>(section);
        }
        else
        {
            services.AddOptions<LimitsOptions>();
        }

        services.AddScoped<GraphLoaders>();
        services.AddSingleton<DocumentCache>();
        services.TryAddSingleton<QueryCostRule>();
        services.TryAddSingleton<RootFieldLimitRule>();
        services.TryAddSingleton<RequestCostRule>();
        services.AddGraphQL(b => b
            .AddSchema<GoSmartSchema>()
            .AddGraphTypes(typeof(GoSmartSchema).Assembly)
            // Names like Lõuna-Eesti stay readable: responses are JSON for API clients, never inlined in HTML.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<CodedErrorInfoProvider>()
            .AddExecutionStrategy<ResultSizeLimit>(OperationType.Query)
            .ConfigureExecution<ErrorBound>()
            .ConfigureExecution<RequestDeadline>()
            .ConfigureExecution(sp => sp.GetRequiredService<DocumentCache>())
            .ConfigureExecution<ValidationRuleSet>()
            .AddUnhandledExceptionHandler(UnhandledErrors.HandleAsync));
        // Registered after AddGraphQL so it replaces GraphQL.NET's validator (the last registration wins).
        services.AddSingleton<IDocumentValidator, ValidationResultCache>();
        return services;
    }

    public static IServiceCollection AddGoSmartHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<GraphStoreHealthCheck>("store", tags: ["ready"]);
        return services;
    }

    public static IEndpointRouteBuilder MapGoSmartHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            // Says which store and its graph version, or why it is not ready (e.g. Neo4j unreachable at its
            // address), so an operator need not read the logs: "Healthy: store Embedded, ready, graph version 3."
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                var descriptions = report.Entries.Values.Select(e => e.Description).OfType<string>().ToArray();
                return context.Response.WriteAsync(descriptions.Length == 0 ? report.Status.ToString() : $"{report.Status}: {string.Join(" ", descriptions)}");
            },
        });
        return endpoints;
    }
}
