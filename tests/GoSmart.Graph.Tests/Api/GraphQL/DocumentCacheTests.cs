using GoSmart.Graph.Api.GraphQL;
using GoSmart.Graph.Api.Limits;
using GraphQL;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Tests.Api.GraphQL;

public sealed class DocumentCacheTests
{
    [Fact]
    public async Task ExecuteAsync_bounds_many_short_distinct_queries_by_their_memory_not_their_length()
    {
        // 50,000 distinct queries of about 20 characters: 1 MB of text, but ~40 MB of entries and trees.
        var limits = new LimitsOptions();
        using var cache = new DocumentCache(Options.Create(limits));
        var queries = Enumerable.Range(0, 50_000).Select(i => $"{{ a{i}: __typename }}").ToArray();

        foreach (var query in queries)
        {
            await cache.ExecuteAsync(new ExecutionOptions { Query = query }, _ => Task.FromResult(new ExecutionResult { Executed = true }));
        }

        var cached = queries.Count(q => cache.Find(q) is not null);
        Assert.InRange(cached, 1, limits.DocumentCacheBytes / DocumentCache.EstimatedBytes(queries[0]));
        Assert.True(cached < queries.Length);
    }
}
