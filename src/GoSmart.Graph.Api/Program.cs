using GoSmart.Graph.Api.GraphQL.Brokerage;
using GoSmart.Graph.Api.Hosting;
using GoSmart.Graph.Api.Http;
using GoSmart.Graph.Api.Limits;
using GoSmart.Graph.Api.Observability;
using GoSmart.Graph.Api.Security;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddGraphStore(builder.Configuration);
builder.Services.AddGoSmartSecurity(builder.Configuration);
builder.Services.AddGoSmartRateLimiting(builder.Configuration);
builder.Services.AddGoSmartTelemetry(builder.Configuration);
builder.Services.AddGoSmartGraphQL(builder.Configuration);
builder.Services.AddBrokerage(builder.Configuration);
builder.Services.AddGraphQLHttp(builder.Configuration);
builder.Services.AddGoSmartHealthChecks();

var app = builder.Build();

app.UseRequestIds();
app.UseAuthentication();
app.UseRateLimiter();

app.MapGoSmartHealthChecks();
app.MapGraphQLEndpoint("/graphql");

app.Run();

/// <summary>The service's entry point; public so tests can host it.</summary>
public partial class Program;
