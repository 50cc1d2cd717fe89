using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GoSmart.Graph.Api.Observability;

/// <summary>The service's own traces and metrics (source and meter <c>GoSmart.Graph</c>), exported by OpenTelemetry when configured.</summary>
public static class GraphTelemetry
{
    public const string Name = "GoSmart.Graph";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Duration of GraphQL requests, tagged with the operation name and type.</summary>
    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>("gosmart.graphql.request.duration", "ms", "Duration of GraphQL requests by operation.");

    /// <summary>Errors returned, tagged with their <c>extensions.code</c>.</summary>
    public static readonly Counter<long> Errors = Meter.CreateCounter<long>("gosmart.graphql.errors", "{error}", "GraphQL errors by code.");

    /// <summary>Store calls and their duration, tagged with the port method.</summary>
    public static readonly Histogram<double> StoreCallDuration = Meter.CreateHistogram<double>("gosmart.store.call.duration", "ms", "Duration of graph store calls by method.");

    /// <summary>Time spent in whole-graph computations (paths, brokerage, ...), tagged with the algorithm.</summary>
    public static readonly Histogram<double> ComputationDuration = Meter.CreateHistogram<double>("gosmart.computation.duration", "ms", "Time in path, brokerage and other graph computations.");

    /// <summary>Times a synchronous computation as a span and in <see cref="ComputationDuration"/>.</summary>
    public static T Measure<T>(string algorithm, Func<T> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        using var activity = Source.StartActivity("compute " + algorithm);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return compute();
        }
        finally
        {
            ComputationDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("algorithm", algorithm));
        }
    }

    /// <summary>Times a computation as a span and in <see cref="ComputationDuration"/>; resolvers wrap algorithm calls in it.</summary>
    public static async Task<T> MeasureAsync<T>(string algorithm, Func<Task<T>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        using var activity = Source.StartActivity("compute " + algorithm);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await compute().ConfigureAwait(false);
        }
        finally
        {
            ComputationDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("algorithm", algorithm));
        }
    }
}
