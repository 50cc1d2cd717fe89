using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Neo4j;
using GoSmart.Graph.Neo4j.Export;
using GoSmart.Graph.Neo4j.Http;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Neo4j;

/// <summary>The export for Neo4j: neo4j-admin import CSV files with their header format, and a Cypher script that, run into an empty database, gives the Neo4j store the same graph.</summary>
[Collection(QueryApiServerGroup.Name)]
public sealed class GraphExportTests(QueryApiServerFixture server) : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task WriteAsync_writes_neo4j_admin_headers_and_a_row_per_node_and_relationship()
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = Path.Combine(directory.Path, "db") }, Ct);
        await store.ApplyAsync(TestGraphs.Partners(), Ct);
        var output = Path.Combine(directory.Path, "export");

        var summary = await GraphExport.WriteAsync(store, output, Ct);

        string[] Lines(string file) => File.ReadAllLines(Path.Combine(output, file));
        Assert.StartsWith("id:ID(Actor),:LABEL,name,kind,country,regionId,alternativeNames:string[],", Lines("actors.csv")[0], StringComparison.Ordinal);
        Assert.Contains("sme:boolean", Lines("actors.csv")[0], StringComparison.Ordinal);
        Assert.Equal(":START_ID(Actor),:END_ID(Project),:TYPE,role,contribution", Lines("participates_in.csv")[0]);
        Assert.Equal(":START_ID(Actor),:END_ID(Actor),:TYPE,weight:long,firstYear:long,lastYear:long,declared:boolean,evidence", Lines("collaborates_with.csv")[0]);
        Assert.Equal("key:ID(GraphVersion),:LABEL,value:long", Lines("graph_version.csv")[0]);
        Assert.Equal(7, Lines("actors.csv").Length);
        Assert.Equal(9, Lines("participates_in.csv").Length);
        Assert.Equal(6, Lines("collaborates_with.csv").Length);
        Assert.Contains("\"actor:a\",\"Actor\",\"Białystok University of Technology\",\"Research\",\"PL\"", Lines("actors.csv")[1..].Single(l => l.StartsWith("\"actor:a\"", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("--nodes=import/actors.csv", File.ReadAllText(Path.Combine(output, "neo4j-admin-import.txt")), StringComparison.Ordinal);
        Assert.Equal(6 + 4 + 3 + (await store.ListRegionsAsync(Ct)).Count, summary.Nodes);
    }

    [Fact]
    public async Task Cypher_script_loads_a_graph_the_neo4j_store_reads_like_the_original()
    {
        await using var embedded = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = Path.Combine(directory.Path, "db") }, Ct);
        await embedded.ApplyAsync(TestGraphs.Partners(), Ct);
        var output = Path.Combine(directory.Path, "export");
        await GraphExport.WriteAsync(embedded, output, Ct);
        var options = server.NewDatabase("export");
        var statements = File.ReadAllText(Path.Combine(output, "gosmart.cypher"))
            .Split(";\n", StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.StartsWith("//", StringComparison.Ordinal))
            .ToArray();

        using (var client = new QueryApiClient(options))
        {
            foreach (var statement in statements)
            {
                await client.RunAsync(new Statement(statement), AccessMode.Write, Ct);
            }
        }

        await using var neo4j = await Neo4jGraphStore.OpenAsync(options, Ct);
        var expected = await StoreDescription.DescribeAsync(embedded);
        var actual = await StoreDescription.DescribeAsync(neo4j);
        Assert.True(statements.Length > 20);
        foreach (var key in expected.Keys)
        {
            Assert.True(expected[key] == actual[key], $"'{key}' differs.\nembedded: {expected[key]}\nneo4j: {actual[key]}");
        }
    }
}
