using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GoSmart.Graph.Core.Exchange;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Exchange;

public sealed class RoundTripTests(SeededStoreFixture seeded) : IClassFixture<SeededStoreFixture>, IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Csv_export_then_import_into_an_empty_store_gives_the_same_graph()
    {
        var folder = Path.Combine(directory.Path, "csv");
        var exported = await GraphCsvExporter.ExportAsync(
            seeded.Store, Path.Combine(folder, GraphCsvFormat.NodesFile), Path.Combine(folder, GraphCsvFormat.EdgesFile), null, Ct);
        await using var copy = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = Path.Combine(directory.Path, "copy") }, Ct);

        var summary = await new GraphCsvImporter(copy, batchSize: 5_000).ImportAsync(
            Path.Combine(folder, GraphCsvFormat.NodesFile), Path.Combine(folder, GraphCsvFormat.EdgesFile), Path.Combine(directory.Path, "rejects.csv"), null, Ct);

        Assert.Equal(0, summary.Rejected);
        Assert.Equal(exported.Nodes + exported.Edges, summary.WrittenTotal);
        var (originalCounts, originalSum) = await GraphChecksum.ComputeAsync(seeded.Store, Ct);
        var (copyCounts, copySum) = await GraphChecksum.ComputeAsync(copy, Ct);
        Assert.Equal(originalCounts.ByKind, copyCounts.ByKind);
        Assert.Equal(originalSum, copySum);
        var originalStats = await seeded.Store.GetStatsAsync(Ct);
        var copyStats = await copy.GetStatsAsync(Ct);
        Assert.Equal(
            (originalStats.Actors, originalStats.Projects, originalStats.Participations, originalStats.CollaborationPairs, originalStats.CrossBorderPairs),
            (copyStats.Actors, copyStats.Projects, copyStats.Participations, copyStats.CollaborationPairs, copyStats.CrossBorderPairs));
        Assert.True(originalCounts.DeclaredCollaborations > 0 && originalCounts.Memberships > 0 && originalCounts.DeclaredDomains > 0 && originalCounts.RegionPriorities > 0);
    }

    [Fact]
    public async Task Checksum_changes_when_one_field_changes()
    {
        var folder = Path.Combine(directory.Path, "csv");
        await GraphCsvExporter.ExportAsync(seeded.Store, Path.Combine(folder, "nodes.csv"), Path.Combine(folder, "edges.csv"), null, Ct);
        await using var copy = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = Path.Combine(directory.Path, "copy") }, Ct);
        await new GraphCsvImporter(copy).ImportAsync(Path.Combine(folder, "nodes.csv"), Path.Combine(folder, "edges.csv"), Path.Combine(directory.Path, "r.csv"), null, Ct);
        var actor = (await copy.GetActorsAsync(["actor:pic-999889193"], Ct))["actor:pic-999889193"];

        await copy.ApplyAsync(new() { Actors = [actor with { City = actor.City + "x" }] }, Ct);

        Assert.NotEqual((await GraphChecksum.ComputeAsync(seeded.Store, Ct)).Sha256, (await GraphChecksum.ComputeAsync(copy, Ct)).Sha256);
    }

    [Fact]
    public async Task Graphml_export_is_valid_against_the_graphml_schema_and_holds_every_node_and_tie()
    {
        var path = Path.Combine(directory.Path, "g.graphml");

        var counts = await GraphMlExporter.ExportAsync(seeded.Store, seeded.Store, path, null, Ct);

        var schemas = new XmlSchemaSet();
        schemas.Add(GraphMlExporter.Namespace, Path.Combine(AppContext.BaseDirectory, "Support", "GraphML", "graphml.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(path, settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.Empty(errors);
        XNamespace g = GraphMlExporter.Namespace;
        var document = XDocument.Load(path);
        Assert.Equal(counts.Nodes, document.Descendants(g + "node").Count());
        var stats = await seeded.Store.GetStatsAsync(Ct);
        var collaborations = document.Descendants(g + "edge").Where(e => e.Elements(g + "data").Any(d => (string?)d.Attribute("key") == "e_label" && d.Value == "COLLABORATES_WITH")).ToList();
        Assert.Equal(stats.CollaborationPairs, collaborations.Count);
        Assert.All(collaborations, e => Assert.Equal("false", (string?)e.Attribute("directed")));
        Assert.Contains(collaborations, e => e.Elements(g + "data").Any(d => (string?)d.Attribute("key") == "e_declared" && d.Value == "true"));
    }

    [Fact]
    public async Task Graphml_with_a_dangling_edge_fails_the_schema()
    {
        var path = Path.Combine(directory.Path, "bad.graphml");
        await File.WriteAllTextAsync(path, """
            <?xml version="1.0" encoding="utf-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <graph id="g" edgedefault="directed"><node id="a"/><edge source="a" target="b"/></graph>
            </graphml>
            """);
        var schemas = new XmlSchemaSet();
        schemas.Add(GraphMlExporter.Namespace, Path.Combine(AppContext.BaseDirectory, "Support", "GraphML", "graphml.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);

        using (var reader = XmlReader.Create(path, settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Json_export_holds_every_record_with_typed_fields()
    {
        var path = Path.Combine(directory.Path, "g.json");

        var counts = await GraphJsonExporter.ExportAsync(seeded.Store, path, null, Ct);

        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
        var root = document.RootElement;
        Assert.Equal(GraphJsonExporter.Format, root.GetProperty("format").GetString());
        Assert.Equal(counts.Nodes, root.GetProperty("nodes").GetArrayLength());
        Assert.Equal(counts.Edges, root.GetProperty("edges").GetArrayLength());
        var lead = root.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "actor:pic-999889193");
        Assert.Equal("Actor", lead.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Array, lead.GetProperty("alt_names").ValueKind);
        Assert.Contains(root.GetProperty("edges").EnumerateArray(), e => e.GetProperty("type").GetString() == "COLLABORATES_WITH"
            && e.GetProperty("evidence").GetString() == "introduced at a brokerage event, \"quoted\"");
    }

    [Fact]
    public async Task Check_of_the_seeded_store_finds_no_problem()
    {
        var result = await GraphDumpCheck.CheckAsync(seeded.Store, seeded.Store, Ct);

        Assert.Empty(result.Problems);
        Assert.True(result.IsConsistent);
        Assert.Equal((await seeded.Store.GetStatsAsync(Ct)).Actors, result.Counts.Actors);
    }
}
