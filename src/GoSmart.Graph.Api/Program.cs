using GoSmart.Graph.Api.GraphQL.Brokerage;
using GoSmart.Graph.Api.Hosting;
using GoSmart.Graph.Api.Http;
using GoSmart.Graph.Api.Limits;
using GoSmart.Graph.Api.Observability;
using GoSmart.Graph.Api.Security;
using GoSmart.Graph.Core.Storage.Embedded;

var builder = ServiceHosting.CreateBuilder(args);

builder.Services.AddGraphStore(builder.Configuration);
builder.Services.AddGoSmartSecurity(builder.Configuration);
builder.Services.AddGoSmartRateLimiting(builder.Configuration);
builder.Services.AddGoSmartConnectionLimits(builder.Configuration);
builder.Services.AddGoSmartTelemetry(builder.Configuration);
builder.Services.AddGoSmartGraphQL(builder.Configuration);
builder.Services.AddBrokerage(builder.Configuration);
builder.Services.AddGraphQLHttp(builder.Configuration);
builder.Services.AddGoSmartHealthChecks();

var app = builder.Build();

app.UseRequestIds();
app.UseBrowserPages("/graphql");
app.UseGoSmartAuthentication();
app.UseRateLimiter();

app.MapGoSmartHealthChecks();
app.MapGraphQLEndpoint("/graphql");

try
{
    app.Run();
}
catch (StoreLockedException e)
{
    // The host has logged the failure; the one thing to do goes to the console, with an exit code instead of a crash.
    Console.Error.WriteLine("GoSmart Graph did not start: " + e.Message);
    return 1;
}

return 0;

/// <summary>The service's entry point; public so tests can host it.</summary>
public partial class Program;
