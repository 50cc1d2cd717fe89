namespace GoSmart.Graph.Api.GraphQL.Editing;

/// <summary>
/// Runs mutations one at a time, so what a mutation reads as "before" is exactly what it changes and
/// the audit log's before/after are true. Writes are rare next to reads; reads never wait on it.
/// </summary>
public sealed class MutationGate : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> mutation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await mutation().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
