using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;

namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// Starts the request's time limit (<see cref="ExecutionOptions.Timeout"/>) before anything else,
/// so the document's token count, parsing and validation run under it, not only execution (GraphQL.NET
/// starts its own timer after the document is built). A timeout is answered TIMEOUT as before; a client that left is not answered.
/// </summary>
public sealed class RequestDeadline : IConfigureExecution
{
    public float SortOrder => 10;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Timeout == Timeout.InfiniteTimeSpan)
        {
            return await next(options).ConfigureAwait(false);
        }

        var client = options.CancellationToken;
        var timeout = options.Timeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(client);
        if (timeout < TimeSpan.FromMilliseconds(1))
        {
            // The timer counts whole milliseconds and fires on the thread pool: a limit under one
            // millisecond is already spent, so it is spent now, not whenever the pool gets to it.
            deadline.Cancel();
        }
        else
        {
            deadline.CancelAfter(timeout);
        }

        options.CancellationToken = deadline.Token;
        options.Timeout = Timeout.InfiniteTimeSpan;
        try
        {
            return await next(options).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !client.IsCancellationRequested)
        {
            if (options.TimeoutAction == TimeoutAction.ThrowTimeoutException)
            {
                throw new TimeoutException("The operation has timed out.", e);
            }

            return new ExecutionResult { Errors = [new TimeoutError()] };
        }
        finally
        {
            options.CancellationToken = client;
            options.Timeout = timeout;
        }
    }
}
