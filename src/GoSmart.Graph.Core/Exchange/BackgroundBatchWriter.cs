using System.Threading.Channels;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// Applies batches on a thread of its own while the caller reads and checks the next rows: a bounded
/// channel between one reader and one writer, so parsing and writing use two cores and at most
/// <c>capacity</c> batches wait in memory. Only the reader decides what is rejected, so rejects keep their
/// file order. A failure of the writer is thrown by the next <see cref="ApplyAsync"/> or by
/// <see cref="CompleteAsync"/>; disposing stops the writer and waits for it, so what it writes into can be
/// disposed afterwards.
/// </summary>
public sealed class BackgroundBatchWriter : IAsyncDisposable
{
    private readonly Channel<GraphBatch> channel;
    private readonly CancellationTokenSource stop = new();
    private readonly Task writer;

    /// <param name="apply">Writes one batch; runs on the writer's thread, one batch at a time, in the order they were given.</param>
    /// <param name="capacity">Batches that may wait before <see cref="ApplyAsync"/> waits for the writer.</param>
    public BackgroundBatchWriter(Action<GraphBatch, CancellationToken> apply, int capacity = 4)
    {
        ArgumentNullException.ThrowIfNull(apply);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        channel = Channel.CreateBounded<GraphBatch>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        writer = Task.Run(() => WriteAllAsync(apply));
    }

    /// <summary>Queues <paramref name="batch"/>; waits while the queue is full.</summary>
    /// <exception cref="Exception">Whatever the writer threw on an earlier batch.</exception>
    public async Task ApplyAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        try
        {
            await channel.Writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            // The writer failed and closed the channel: its own exception says why.
            await writer.ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Waits until every queued batch is applied; throws what the writer threw, if it failed.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        channel.Writer.TryComplete();
        await writer.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        channel.Writer.TryComplete();
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await writer.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException || !writer.IsCompletedSuccessfully)
        {
            // Already thrown to the reader, or the load is being abandoned anyway.
        }

        stop.Dispose();
    }

    private async Task WriteAllAsync(Action<GraphBatch, CancellationToken> apply)
    {
        try
        {
            while (await channel.Reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var batch))
                {
                    stop.Token.ThrowIfCancellationRequested();
                    apply(batch, stop.Token);
                }
            }
        }
        catch (Exception e)
        {
            channel.Writer.TryComplete(e);
            throw;
        }
    }
}
