using GraphQL.DataLoader;

namespace GoSmart.Graph.Api.GraphQL.Loading;

public static class DataLoaderResultExtensions
{
    /// <summary>
    /// Maps a pending result without resolving it early. When the map returns another pending
    /// result, the execution strategy queues that one too, so a chain of loads stays batched per level.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new DeferredResult<TResult>(async ct => map(await result.GetResultAsync(ct).ConfigureAwait(false)));
}
