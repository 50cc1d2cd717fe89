using GoSmart.Graph.Core.Exchange;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Exchange;

public sealed class BackgroundBatchWriterTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task ApplyAsync_batches_are_applied_in_order_and_CompleteAsync_waits_for_all()
    {
        var applied = new List<string>();

        await using var writer = new BackgroundBatchWriter((batch, _) =>
        {
            Thread.Sleep(1);
            applied.Add(batch.Actors.Single().Id);
        }, capacity: 2);
        for (var i = 0; i < 50; i++)
        {
            await writer.ApplyAsync(new GraphBuilder().Actor($"a{i}").Build(), Ct);
        }

        await writer.CompleteAsync(Ct);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"actor:a{i}"), applied);
    }

    [Fact]
    public async Task ApplyAsync_returns_while_the_writer_is_busy_and_waits_once_capacity_batches_are_queued()
    {
        // (Not by thread id: the writer runs on a pool thread, which may be the one the test started on.)
        using var gate = new ManualResetEventSlim(false);
        using var busy = new SemaphoreSlim(0);
        var applied = 0;
        await using var writer = new BackgroundBatchWriter((_, token) =>
        {
            busy.Release();
            gate.Wait(token);
            Interlocked.Increment(ref applied);
        }, capacity: 2);

        await writer.ApplyAsync(new GraphBatch(), Ct);
        await busy.WaitAsync(Ct);
        await writer.ApplyAsync(new GraphBatch(), Ct);
        await writer.ApplyAsync(new GraphBatch(), Ct);
        var fourth = writer.ApplyAsync(new GraphBatch(), Ct);

        Assert.False(fourth.IsCompleted, "the queue holds two batches while the writer is busy with the first");
        Assert.Equal(0, Volatile.Read(ref applied));
        gate.Set();
        await fourth;
        await writer.CompleteAsync(Ct);
        Assert.Equal(4, applied);
    }

    [Fact]
    public async Task ApplyAsync_after_the_writer_failed_throws_the_writers_exception_and_so_does_CompleteAsync()
    {
        var applied = 0;
        await using var writer = new BackgroundBatchWriter((_, _) =>
        {
            if (++applied == 3)
            {
                throw new InvalidOperationException("batch 3 is bad");
            }
        }, capacity: 1);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                await writer.ApplyAsync(new GraphBatch(), Ct);
            }
        });
        var atEnd = await Assert.ThrowsAsync<InvalidOperationException>(() => writer.CompleteAsync(Ct));

        Assert.Equal("batch 3 is bad", error.Message);
        Assert.Equal("batch 3 is bad", atEnd.Message);
        Assert.Equal(3, applied);
    }

    [Fact]
    public async Task DisposeAsync_without_complete_stops_the_writer_before_the_queued_batches()
    {
        using var started = new SemaphoreSlim(0);
        var applied = 0;
        var writer = new BackgroundBatchWriter((_, token) =>
        {
            Interlocked.Increment(ref applied);
            started.Release();
            token.WaitHandle.WaitOne();
            token.ThrowIfCancellationRequested();
        }, capacity: 4);
        for (var i = 0; i < 4; i++)
        {
            await writer.ApplyAsync(new GraphBatch(), Ct);
        }

        await started.WaitAsync(Ct);
        await writer.DisposeAsync();

        Assert.Equal(1, applied);
    }
}
