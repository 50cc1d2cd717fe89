using System.Diagnostics;
using System.Reflection;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.Observability;

/// <summary>
/// Wraps any <see cref="IGraphStore"/> and records a span and a duration per call, by method name.
/// A dispatch proxy rather than a hand-written decorator, so methods added to the port are measured without changes here.
/// </summary>
public class StoreTelemetryProxy : DispatchProxy
{
    private IGraphStore? inner;

    public static IGraphStore Wrap(IGraphStore store)
    {
        var proxy = Create<IGraphStore, StoreTelemetryProxy>();
        ((StoreTelemetryProxy)(object)proxy).inner = store;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (!GraphTelemetry.StoreCallDuration.Enabled && !GraphTelemetry.Source.HasListeners())
        {
            // Nobody collects: no span, no clock, no continuation per call.
            try
            {
                return targetMethod.Invoke(inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
        }

        var method = targetMethod.Name;
        var activity = GraphTelemetry.Source.StartActivity("store " + method, ActivityKind.Client);
        var started = Stopwatch.GetTimestamp();
        object? result;
        try
        {
            result = targetMethod.Invoke(inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            Done(activity, started, method, e.InnerException);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }

        if (result is Task task)
        {
            task.ContinueWith(t => Done(activity, started, method, t.Exception?.InnerException), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        else if (result is ValueTask valueTask && !valueTask.IsCompleted)
        {
            var asTask = valueTask.AsTask();
            asTask.ContinueWith(t => Done(activity, started, method, t.Exception?.InnerException), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return new ValueTask(asTask);
        }
        else
        {
            Done(activity, started, method, null);
        }

        return result;
    }

    private static void Done(Activity? activity, long started, string method, Exception? error)
    {
        GraphTelemetry.StoreCallDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("method", method));
        if (error is not null)
        {
            activity?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
        }

        activity?.Dispose();
    }
}
