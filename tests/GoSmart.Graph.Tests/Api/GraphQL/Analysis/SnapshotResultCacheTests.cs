using GoSmart.Graph.Api.GraphQL.Analysis;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Api.GraphQL.Analysis;

public sealed class SnapshotResultCacheTests
{
    [Fact]
    public void GetOrAdd_computes_once_per_snapshot_and_key()
    {
        var cache = new SnapshotResultCache<string>();
        var snapshot = AnalysisGraphs.Matrix();
        var computed = 0;

        var first = cache.GetOrAdd(snapshot, "COUNTRY", () => $"result {++computed}");
        var again = cache.GetOrAdd(snapshot, "COUNTRY", () => $"result {++computed}");
        var other = cache.GetOrAdd(snapshot, "REGION", () => $"result {++computed}");

        Assert.Equal(("result 1", "result 1", "result 2"), (first, again, other));
    }

    [Fact]
    public void GetOrAdd_a_new_snapshot_of_a_new_version_computes_again()
    {
        var cache = new SnapshotResultCache<string>();
        var computed = 0;

        cache.GetOrAdd(AnalysisGraphs.Matrix(), "COUNTRY", () => $"result {++computed}");
        var later = cache.GetOrAdd(AnalysisGraphs.Matrix(), "COUNTRY", () => $"result {++computed}");

        Assert.Equal("result 2", later);
    }

    [Fact]
    public void GetOrAdd_beyond_the_bound_still_answers_without_keeping()
    {
        var cache = new SnapshotResultCache<string>();
        var snapshot = AnalysisGraphs.Matrix();
        for (var i = 0; i < SnapshotResultCache<string>.MaxEntriesPerSnapshot; i++)
        {
            cache.GetOrAdd(snapshot, $"key {i}", () => "kept");
        }

        var computed = 0;
        cache.GetOrAdd(snapshot, "one more", () => $"result {++computed}");
        var again = cache.GetOrAdd(snapshot, "one more", () => $"result {++computed}");

        Assert.Equal("result 2", again);
    }
}
