using GoSmart.Graph.Api.GraphQL.Loading;

namespace GoSmart.Graph.Tests.Api.GraphQL.Loading;

public sealed class BatchLoaderTests
{
    private readonly List<string[]> _fetches = [];

    [Fact]
    public async Task Load_keys_queued_together_are_fetched_in_one_call()
    {
        var loader = new BatchLoader<string, string>(Fetch);
        var a = loader.Load("a");
        var b = loader.Load("b");
        var many = loader.LoadMany(["c", "a", "missing"]);

        var results = (await a.GetResultAsync(), await b.GetResultAsync(), await many.GetResultAsync());

        Assert.Equal(("A", "B"), (results.Item1, results.Item2));
        Assert.Equal(["C", "A"], results.Item3);
        Assert.Single(_fetches);
        Assert.Equal(["a", "b", "c", "missing"], _fetches[0].Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Load_a_key_already_fetched_is_not_fetched_again()
    {
        var loader = new BatchLoader<string, string>(Fetch);
        await loader.Load("a").GetResultAsync();

        var again = await loader.Load("a").GetResultAsync();
        var next = await loader.Load("b").GetResultAsync();

        Assert.Equal(("A", "B"), (again, next));
        Assert.Equal([["a"], ["b"]], _fetches);
    }

    [Fact]
    public async Task Load_a_failed_fetch_fails_every_waiter_of_the_batch()
    {
        var loader = new BatchLoader<string, string>((_, _) => throw new InvalidOperationException("store down"));
        var a = loader.Load("a");
        var b = loader.Load("b");

        var first = await Assert.ThrowsAsync<InvalidOperationException>(() => a.GetResultAsync());
        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => b.GetResultAsync());

        Assert.Same(first, second);
    }

    private Task<IReadOnlyDictionary<string, string>> Fetch(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        _fetches.Add([.. keys]);
        return Task.FromResult<IReadOnlyDictionary<string, string>>(
            keys.Where(k => k != "missing").ToDictionary(k => k, k => k.ToUpperInvariant()));
    }
}
