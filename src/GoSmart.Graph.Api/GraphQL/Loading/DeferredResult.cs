using GraphQL.DataLoader;

namespace GoSmart.Graph.Api.GraphQL.Loading;

/// <summary>A data-loader result whose work runs when the execution strategy first asks for it.</summary>
public sealed class DeferredResult<T> : IDataLoaderResult<T>
{
    private readonly Func<CancellationToken, Task<T>> _run;
    private Task<T>? _task;

    public DeferredResult(Func<CancellationToken, Task<T>> run)
    {
        _run = run;
    }

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) =>
        _task ??= _run(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
