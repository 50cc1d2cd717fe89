using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GoSmart.Graph.Api.Observability;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace GoSmart.Graph.Tests.Api;

public sealed class ObservabilityTests
{
    [Fact]
    public async Task Requests_record_duration_by_operation_errors_by_code_and_store_calls_by_method()
    {
        using var factory = new GraphServiceFactory(seed: false);
        var client = new GraphQLClient(factory.CreateClient());
        var seen = new ConcurrentBag<(string Instrument, string Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == GraphTelemetry.Name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((i, _, tags, _) => seen.Add((i.Name, Tags(tags))));
        listener.SetMeasurementEventCallback<long>((i, _, tags, _) => seen.Add((i.Name, Tags(tags))));
        listener.Start();

        var ok = await client.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"query Counts { stats { actors } }","operationName":"Counts"}""", System.Text.Encoding.UTF8, "application/json") });
        await client.QueryAsync($$"""{ actor(id: "actor:{{new string('x', 300)}}") { name } }""");

        Assert.Contains(seen, s => s.Instrument == "gosmart.graphql.request.duration" && s.Tags == "operation=Counts");
        Assert.Contains(seen, s => s.Instrument == "gosmart.graphql.errors" && s.Tags == "code=BAD_USER_INPUT");
        Assert.Contains(seen, s => s.Instrument == "gosmart.store.call.duration" && s.Tags == "method=GetStatsAsync");
        Assert.True(ok.Headers.Contains(ObservabilityExtensions.RequestIdHeader));
    }

    [Fact]
    public async Task Every_graph_computation_records_its_time_by_algorithm()
    {
        using var factory = new GraphServiceFactory(seed: false);
        await factory.Services.GetRequiredService<GoSmart.Graph.Core.Storage.IGraphStore>().ApplyAsync(TestGraphs.Partners(), CancellationToken.None);
        var client = new GraphQLClient(factory.CreateClient());
        var algorithms = new ConcurrentBag<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == GraphTelemetry.Name && instrument.Name == "gosmart.computation.duration")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) => algorithms.Add(Tags(tags)));
        listener.Start();

        await client.DataAsync("""
            {
              paths(from: "actor:e", to: "actor:c") { hops }
              connectors(from: { country: "PL" }, to: { country: "DE" }) { score }
              brokerage(actor: "actor:a", groupBy: COUNTRY) { betweenness }
              network(center: "actor:a") { nodes { id } }
              regionMatrix { from to }
              s3Overlap(regions: ["region:PL84", "region:DE60"]) { domain { id } }
              partnerSuggestions(actor: "actor:e") { score }
            }
            """);

        Assert.Equal(
            ["algorithm=brokerage", "algorithm=connectors", "algorithm=network", "algorithm=partnerSuggestions", "algorithm=paths", "algorithm=regionMatrix", "algorithm=s3Overlap"],
            algorithms.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Otlp_export_is_off_unless_an_endpoint_is_configured()
    {
        using var off = new GraphServiceFactory(seed: false);
        using var on = new GraphServiceFactory(seed: false, settings: new Dictionary<string, string?> { ["OpenTelemetry:OtlpEndpoint"] = "http://127.0.0.1:9" });

        Assert.Null(off.Services.GetService<TracerProvider>());
        Assert.NotNull(on.Services.GetService<TracerProvider>());
    }

    private static string Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var parts = new List<string>();
        foreach (var tag in tags)
        {
            parts.Add($"{tag.Key}={tag.Value}");
        }

        return string.Join(",", parts);
    }
}
