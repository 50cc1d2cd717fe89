using GoSmart.Graph.Api.GraphQL.Brokerage;
using GoSmart.Graph.Api.Hosting;
using GoSmart.Graph.Api.Http;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddGraphStore(builder.Configuration);
builder.Services.AddGoSmartGraphQL();
builder.Services.AddBrokerage(builder.Configuration);
builder.Services.AddGraphQLHttp(builder.Configuration);
builder.Services.AddGoSmartHealthChecks();

var app = builder.Build();

app.MapGoSmartHealthChecks();
app.MapGraphQLEndpoint("/graphql");

app.Run();

/// <summary>The service's entry point; public so tests can host it.</summary>
public partial class Program;
