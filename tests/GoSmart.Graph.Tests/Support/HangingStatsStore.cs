using System.Reflection;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Support;

/// <summary>Wraps a store so that <c>GetStatsAsync</c> waits until its cancellation token fires; every other call passes through.</summary>
public class HangingStatsStore : DispatchProxy
{
    private IGraphStore? _inner;

    /// <summary>Set when the hanging call has been made.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when the hanging call saw its token cancelled.</summary>
    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static (IGraphStore Store, HangingStatsStore Proxy) Wrap(IGraphStore inner)
    {
        var store = Create<IGraphStore, HangingStatsStore>();
        var proxy = (HangingStatsStore)(object)store;
        proxy._inner = inner;
        return (store, proxy);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name != nameof(IGraphStore.GetStatsAsync))
        {
            return targetMethod.Invoke(_inner, args);
        }

        var token = args!.OfType<CancellationToken>().Single();
        Started.TrySetResult();
        return HangAsync(targetMethod, token);
    }

    private async Task<GraphStats> HangAsync(MethodInfo method, CancellationToken token)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, token);
        }
        catch (OperationCanceledException)
        {
            Cancelled.TrySetResult();
            throw;
        }

        throw new InvalidOperationException($"{method.Name} cannot finish without cancellation.");
    }
}
