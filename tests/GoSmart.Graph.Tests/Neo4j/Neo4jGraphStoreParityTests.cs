using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Neo4j;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Neo4j;

/// <summary>
/// The contract between the stores: the same batches applied to the embedded store and to the Neo4j
/// store (through the Query API test server) must give the same answer to every read of the port.
/// </summary>
[Collection(QueryApiServerGroup.Name)]
public sealed class Neo4jGraphStoreParityTests(QueryApiServerFixture server) : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Partners_graph_reads_the_same_from_both_stores()
    {
        await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        await using var neo4j = await Neo4jGraphStore.OpenAsync(server.NewDatabase(), Ct);

        await BothAsync(embedded, neo4j, TestGraphs.Partners());

        await AssertSameAsync(embedded, neo4j);
    }

    [Fact]
    public async Task Updates_and_incremental_batches_derive_the_same_ties_domains_and_counts()
    {
        await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        await using var neo4j = await Neo4jGraphStore.OpenAsync(server.NewDatabase(), Ct);
        await BothAsync(embedded, neo4j, TestGraphs.Partners());
        await BothAsync(embedded, neo4j, new GraphBatch
        {
            Projects = [new Project("project:p1") { StartDate = new DateOnly(2015, 1, 1), S3DomainIds = ["domain:energy"] }],
            Participations = [new Participation("actor:c", "project:p2", "participant"), new Participation("actor:a", "project:p1", "coordinator")],
        });
        var random = new Random(11);
        var ids = Enumerable.Range(0, 12).Select(i => $"actor:r{i:D2}").ToArray();
        var first = new GraphBuilder().Domain("x", "y");
        for (var i = 0; i < ids.Length; i++)
        {
            first.Actor(ids[i], country: i % 3 == 0 ? "PL" : "DE");
        }

        await BothAsync(embedded, neo4j, first.Build());
        for (var step = 0; step < 8; step++)
        {
            var members = ids.OrderBy(_ => random.Next()).Take(2 + random.Next(3)).ToArray();
            var batch = new GraphBuilder().Project($"rp{step % 4}", 2010 + random.Next(10), [], step % 2 == 0 ? "x" : "y");
            foreach (var m in members)
            {
                batch.Participation(m, $"rp{step % 4}");
            }

            if (step % 3 == 0)
            {
                batch.Declared(members[0], members[^1], 2000 + step, $"step {step}");
            }

            await BothAsync(embedded, neo4j, batch.Build());
        }

        await AssertSameAsync(embedded, neo4j);
    }

    [Fact]
    public async Task Invalid_batch_is_refused_with_the_same_message_and_writes_nothing()
    {
        await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory.Path }, Ct);
        await using var neo4j = await Neo4jGraphStore.OpenAsync(server.NewDatabase(), Ct);
        await BothAsync(embedded, neo4j, TestGraphs.Partners());
        var bad = new GraphBuilder().Actor("new").Participation("new", "p3").Participation("ghost", "p3").Build();

        var expected = await Assert.ThrowsAsync<ArgumentException>(() => embedded.ApplyAsync(bad, Ct));
        var actual = await Assert.ThrowsAsync<ArgumentException>(() => neo4j.ApplyAsync(bad, Ct));

        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(1, await neo4j.GetVersionAsync(Ct));
        Assert.Empty(await neo4j.GetActorsAsync(["actor:new"], Ct));
    }

    private static async Task BothAsync(EmbeddedGraphStore embedded, Neo4jGraphStore neo4j, GraphBatch batch)
    {
        await embedded.ApplyAsync(batch, Ct);
        await neo4j.ApplyAsync(batch, Ct);
    }

    private static async Task AssertSameAsync(EmbeddedGraphStore embedded, Neo4jGraphStore neo4j)
    {
        var expected = await StoreDescription.DescribeAsync(embedded);
        var actual = await StoreDescription.DescribeAsync(neo4j);

        Assert.Contains("\"OtherActorId\": \"actor:b\"", expected["neighbours"], StringComparison.Ordinal);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var key in expected.Keys)
        {
            Assert.True(expected[key] == actual[key], $"'{key}' differs.\nembedded: {expected[key]}\nneo4j: {actual[key]}");
        }
    }
}
