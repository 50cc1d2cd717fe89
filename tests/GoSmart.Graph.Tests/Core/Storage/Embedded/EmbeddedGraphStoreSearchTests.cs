using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Storage.Embedded;

public sealed class EmbeddedGraphStoreSearchTests : IAsyncLifetime, IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();
    private EmbeddedGraphStore store = null!;

    public async Task InitializeAsync()
    {
        store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        var batch = TestGraphs.Partners();
        await store.ApplyAsync(batch, Ct);
        await store.ApplyAsync(new GraphBuilder()
            .Actor("g", "BIALYSTOK SCIENCE PARK", ActorKind.Intermediary, "PL", "region:PL84")
            .Actor("h", "Port of Hamburg Marketing", ActorKind.Intermediary, "DE", "region:DE60")
            .Actor("i", "AND OR NOT \"quoted\" (Group) * Ltd", ActorKind.Company, "DE")
            .Build(), Ct);
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData("bialystok", "a,g")]
    [InlineData("BIAŁYSTOK", "a,g")]
    [InlineData("hamburg inst", "b")]
    [InlineData("inst hamburg", "b")]
    [InlineData("politechnika bial", "a")]
    [InlineData("hwwi", "b")]
    [InlineData("hamburg nothing", "")]
    [InlineData("h ha hamburg hamburg", "b,c,h")]
    public async Task SearchActorsAsync_matches_every_word_as_a_prefix_ignoring_case_and_accents(string text, string expected)
    {
        var hits = await store.SearchActorsAsync(text, 10, Ct);

        Assert.Equal(expected, string.Join(',', hits.Select(h => h.Actor.Id["actor:".Length..]).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task SearchActorsAsync_ranks_exact_then_prefix_then_word_matches()
    {
        var hits = await store.SearchActorsAsync("hamburg", 10, Ct);

        Assert.Equal(["actor:c", "actor:b", "actor:h"], hits.Select(h => h.Actor.Id));
        Assert.True(hits[0].Score > hits[1].Score && hits[1].Score > hits[2].Score);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("(group")]
    [InlineData("AND")]
    [InlineData("NOT \"quoted")]
    [InlineData("ltd) OR (")]
    [InlineData("   ")]
    [InlineData("")]
    public async Task SearchActorsAsync_fts_syntax_in_user_text_is_harmless(string text)
    {
        var hits = await store.SearchActorsAsync(text, 10, Ct);

        Assert.All(hits, h => Assert.Equal("actor:i", h.Actor.Id));
    }

    [Fact]
    public async Task SearchActorsAsync_respects_first()
    {
        var hits = await store.SearchActorsAsync("h", 2, Ct);

        Assert.Equal(2, hits.Count);
    }
}
