using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Storage.Embedded;

public sealed class EmbeddedGraphStoreCancellationTests(SeededStoreFixture seeded) : IClassFixture<SeededStoreFixture>
{
    /// <summary>
    /// 8,000 substring tests per actor (20 × 20 × 20 `or`s, each under the API's nesting limit but far past its size
    /// limit): one SQLite statement of many seconds over the seed, so it is still running when the token fires.
    /// </summary>
    private static readonly ActorFilter SlowFilter = new()
    {
        Or = [.. Enumerable.Range(0, 20).Select(i => new ActorFilter
        {
            Or = [.. Enumerable.Range(0, 20).Select(j => new ActorFilter
            {
                Or = [.. Enumerable.Range(0, 20).Select(k => new ActorFilter { NameContains = $"zq{i}x{j}x{k}" })],
            })],
        })],
    };

    [Fact]
    public async Task CountActorsAsync_interrupts_a_running_statement_when_cancelled()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => seeded.Store.CountActorsAsync(SlowFilter, cancel.Token));
    }

    [Fact]
    public async Task QueryActorsAsync_interrupts_a_running_statement_when_cancelled()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => seeded.Store.QueryActorsAsync(new ActorQuery(SlowFilter, [], new PageRequest(First: 10)), cancel.Token));
    }
}
