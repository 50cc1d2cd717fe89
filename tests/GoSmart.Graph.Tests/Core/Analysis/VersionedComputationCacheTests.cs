using GoSmart.Graph.Core.Analysis;

namespace GoSmart.Graph.Tests.Core.Analysis;

public sealed class VersionedComputationCacheTests
{
    [Fact]
    public async Task GetAsync_concurrent_first_callers_share_one_computation()
    {
        var cache = new VersionedComputationCache<string, int>();
        using var release = new ManualResetEventSlim();

        var callers = Enumerable.Range(0, 8).Select(_ => cache.GetAsync(1, "k", ct => { release.Wait(ct); return 42; }, CancellationToken.None)).ToList();
        release.Set();
        var results = await Task.WhenAll(callers);

        Assert.All(results, r => Assert.Equal(42, r));
        Assert.Equal(1, cache.Computations);
        Assert.Equal(42, await cache.GetAsync(1, "k", _ => 0, CancellationToken.None));
        Assert.Equal(1, cache.Computations);
    }

    [Fact]
    public async Task GetAsync_new_version_computes_again()
    {
        var cache = new VersionedComputationCache<string, long>();

        var first = await cache.GetAsync(1, "k", _ => 1, CancellationToken.None);
        var second = await cache.GetAsync(2, "k", _ => 2, CancellationToken.None);

        Assert.Equal((1, 2), (first, second));
        Assert.Equal(2, cache.Computations);
    }

    [Fact]
    public async Task GetAsync_cancelled_computation_does_not_poison_the_cache()
    {
        var cache = new VersionedComputationCache<string, int>();
        using var cts = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        int Slow(CancellationToken ct)
        {
            started.Set();
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                Thread.Sleep(1);
            }
        }

        var doomed = cache.GetAsync(1, "k", Slow, cts.Token);
        started.Wait();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => doomed);
        var next = await cache.GetAsync(1, "k", _ => 7, CancellationToken.None);

        Assert.Equal(7, next);
    }

    [Fact]
    public async Task GetAsync_waiter_is_not_cancelled_by_another_callers_token()
    {
        var cache = new VersionedComputationCache<string, int>();
        using var cts = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        var calls = 0;
        int Compute(CancellationToken ct)
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                started.Set();
                while (true)
                {
                    ct.ThrowIfCancellationRequested();
                    Thread.Sleep(1);
                }
            }

            return 5;
        }

        var first = cache.GetAsync(1, "k", Compute, cts.Token);
        started.Wait();
        var second = cache.GetAsync(1, "k", Compute, CancellationToken.None);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(5, await second);
    }

    [Fact]
    public async Task GetAsync_failed_computation_is_retried_by_the_next_caller()
    {
        var cache = new VersionedComputationCache<string, int>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync(1, "k", _ => throw new InvalidOperationException("boom"), CancellationToken.None));
        var next = await cache.GetAsync(1, "k", _ => 3, CancellationToken.None);

        Assert.Equal(3, next);
    }
}
