using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Neo4j;
using GoSmart.Graph.Neo4j.Cypher;
using GoSmart.Graph.Neo4j.Http;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Neo4j;

/// <summary>
/// Search on Neo4j finds its candidates through the full-text index (<c>db.index.fulltext.queryNodes</c>, answered by
/// the test server over the indexed properties), never by scanning every actor, and finds what the embedded store finds
/// (the exact orders are compared by the parity tests, on graphs without ties inside a tier).
/// </summary>
[Collection(QueryApiServerGroup.Name)]
public sealed class Neo4jSearchTests(QueryApiServerFixture server) : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public static TheoryData<string> Texts() =>
    [
        "hamburg", "ham inst", "BIAŁYSTOK", "politechnika bial", "hwwi", "but", "a", "inst", "syd innov", "økonomi", "sønder",
        "\"OR*(", "+ham -inst", "nameKey:ham*", "ham\\", "AND OR NOT", "t?ch", "agro~2 tech^5", "zzz", "e.on", "o'brien", "h ha hamburg hamburg", "i in inst innovation",
    ];

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task SearchActorsAsync_finds_candidates_through_the_full_text_index_and_finds_what_the_embedded_store_finds()
    {
        var recorder = new StatementRecorder();
        await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        await using var neo4j = await Neo4jGraphStore.OpenAsync(server.NewDatabase("search"), recorder, Ct);
        var batch = Graph();
        await embedded.ApplyAsync(batch, Ct);
        await neo4j.ApplyAsync(batch, Ct);
        var served = await server.Server.StatAsync("fulltextQueries");

        foreach (var text in Texts())
        {
            var expected = (await embedded.SearchActorsAsync(text, 10, Ct)).Select(h => h.Actor.Id).ToArray();

            var actual = (await neo4j.SearchActorsAsync(text, 10, Ct)).Select(h => h.Actor.Id).ToArray();

            // The same actors in the same tiers; inside a tier Neo4j orders by the share of words matched, not bm25 (README).
            Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal)), $"'{text}': embedded [{string.Join(", ", expected)}], neo4j [{string.Join(", ", actual)}]");
        }

        var search = Assert.Single(recorder.Statements.Keys, s => s.Contains("RETURN a {.*} AS node", StringComparison.Ordinal) && s.Contains("$key", StringComparison.Ordinal));
        Assert.StartsWith("CALL db.index.fulltext.queryNodes('actor_search', $query", search, StringComparison.Ordinal);
        Assert.DoesNotContain("MATCH (a:Actor)", search, StringComparison.Ordinal);
        Assert.True(await server.Server.StatAsync("fulltextQueries") - served >= Texts().Count - 1, "the test server did not answer the full-text procedure");
    }

    [Fact]
    public async Task OpenAsync_gives_actors_of_an_older_database_the_key_of_their_other_names()
    {
        var options = server.NewDatabase("backfill");
        await using (var store = await Neo4jGraphStore.OpenAsync(options, Ct))
        {
            await store.ApplyAsync(Graph(), Ct);
        }

        // What a database written before otherNamesKey existed holds.
        using (var client = new QueryApiClient(options))
        {
            await client.RunAsync(new Statement("MATCH (a:Actor) REMOVE a.otherNamesKey RETURN count(a) AS n"), AccessMode.Write, Ct);
            await client.RunAsync(new Statement("MATCH (s:GraphVersion {key: 'searchKeys'}) DELETE s RETURN count(*) AS n"), AccessMode.Write, Ct);
        }

        await using (var old = await Neo4jGraphStore.OpenAsync(options, Ct))
        {
            var ids = (await old.SearchActorsAsync("innovationsagentur", 10, Ct)).Select(h => h.Actor.Id);
            var shortName = (await old.SearchActorsAsync("sdu econ", 10, Ct)).Select(h => h.Actor.Id);

            Assert.Equal(["actor:g"], ids);
            Assert.Equal(["actor:h"], shortName);
        }

        using (var client = new QueryApiClient(options))
        {
            var left = await client.RunAsync(new Statement(Statements.ActorsWithoutSearchKey, new Dictionary<string, object?> { ["limit"] = 10L }), AccessMode.Read, Ct);
            Assert.Empty(left.Rows);
        }
    }

    [Fact]
    public void ForWords_escapes_lucene_syntax_so_user_text_stays_text()
    {
        var query = LuceneQuery.ForWords(["a+b", "c:d", "(x)", "\"q\"", "w*", "n\\m", "AND"]);

        Assert.Equal(
            @"+(nameKey:a\+b*^10 otherNamesKey:a\+b*^4) +(nameKey:c\:d*^10 otherNamesKey:c\:d*^4) +(nameKey:\(x\)*^10 otherNamesKey:\(x\)*^4) "
            + @"+(nameKey:\""q\""*^10 otherNamesKey:\""q\""*^4) +(nameKey:w\**^10 otherNamesKey:w\**^4) +(nameKey:n\\m*^10 otherNamesKey:n\\m*^4) "
            + "+(nameKey:AND*^10 otherNamesKey:AND*^4)",
            query);
    }

    [Fact]
    public void ForWords_leaves_out_repeated_words_and_words_another_word_starts_with()
    {
        var query = LuceneQuery.ForWords(["s", "sy", "systems", "systems", "ham"]);

        Assert.Equal("+(nameKey:systems*^10 otherNamesKey:systems*^4) +(nameKey:ham*^10 otherNamesKey:ham*^4)", query);
    }

    /// <summary>The partners graph and actors whose names share words and prefixes, in the name and in other names.</summary>
    private static GoSmart.Graph.Core.Storage.GraphBatch Graph()
    {
        var partners = TestGraphs.Partners();
        var more = new GraphBuilder()
            .Actor("g", "Hamburg Innovation", ActorKind.Intermediary, "DE", "region:DE60", shortName: "HI", alternativeNames: "Innovationsagentur Hamburg")
            .Actor("h", "Institut for Økonomi", ActorKind.Research, "DK", "region:DK03", alternativeNames: ["Syddansk Universitet Økonomi", "SDU Econ"])
            .Actor("i", "Sønderborg Tech", ActorKind.Company, "DK", "region:DK03", sme: true)
            .Actor("j", "E.ON Hamburg", ActorKind.Company, "DE", "region:DE60")
            .Actor("k", "O'Brien Institute", ActorKind.Research, "DE", "region:DE60", alternativeNames: "Hamburg O'Brien Inst")
            .Actor("l", "Agrotech Tartu", ActorKind.Company, "PL", "region:PL84")
            .Build();
        return partners with { Actors = [.. partners.Actors, .. more.Actors] };
    }
}
