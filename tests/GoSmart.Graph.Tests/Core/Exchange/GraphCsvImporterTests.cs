using GoSmart.Graph.Core.Exchange;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Exchange;

public sealed class GraphCsvImporterTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private static readonly string[] GoodNodes =
    [
        "id,type,name,kind,country,region,code,level,parent,domains,start_date,sme,alt_names",
        "region:DE,Region,Germany,,DE,,DE,country,,,,,",
        "region:DE60,Region,Hamburg,,DE,,DE60,nuts2,region:DE,,,,",
        "domain:agri-food,S3Domain,Agri-food,,,,,,,,,,",
        "actor:a,Actor,Alpha GmbH,company,DE,region:DE60,,,,,,true,Alpha|Alpha Hamburg",
        "actor:b,Actor,\"Beta, Institute\",research,de,region:DE,,,,,,,",
        "actor:c,Actor,Gamma,intermediary,DE,region:DE,,,,,,,",
        "project:p1,Project,A project,,,,,,,domain:agri-food,2019-03-01,,",
    ];

    private static readonly string[] GoodEdges =
    [
        "source,target,type,role,contribution,first_year,last_year,evidence,priority",
        "actor:a,project:p1,PARTICIPATES_IN,coordinator,1200.50,,,,",
        "actor:b,project:p1,PARTICIPATES_IN,,,,,,",
        "actor:a,actor:c,COLLABORATES_WITH,,,2018,2020,met at a fair,",
        "actor:c,actor:b,MEMBER_OF,,,,,,",
        "actor:c,domain:agri-food,ACTIVE_IN,,,,,,",
        "region:DE60,domain:agri-food,PRIORITISES,,,,,,Food valley",
    ];

    [Fact]
    public async Task ImportAsync_good_files_write_every_node_and_edge()
    {
        await using var store = await Open();
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv", GoodNodes);
        var edges = CsvFiles.Write(directory.Path, "edges.csv", GoodEdges);

        var summary = await new GraphCsvImporter(store).ImportAsync(nodes, edges, Rejects, null, Ct);

        Assert.Equal(0, summary.Rejected);
        Assert.Null(summary.RejectFile);
        Assert.False(File.Exists(Rejects));
        Assert.Equal(13, summary.WrittenTotal);
        var stats = await store.GetStatsAsync(Ct);
        Assert.Equal((3, 1, 2, 2), (stats.Actors, stats.Projects, stats.Participations, stats.Regions));
        var actors = await store.GetActorsAsync(["actor:a", "actor:b"], Ct);
        Assert.Equal(["Alpha", "Alpha Hamburg"], actors["actor:a"].AlternativeNames);
        Assert.True(actors["actor:a"].Sme);
        Assert.Equal("Beta, Institute", actors["actor:b"].Name);
        Assert.Equal("DE", actors["actor:b"].Country);
        var ties = await store.GetNeighboursAsync(["actor:a"], Ct);
        Assert.Contains(ties["actor:a"], t => t.OtherActorId == "actor:c" && t.Declared && t.DeclaredEvidence == "met at a fair" && t.FirstYear == 2018);
        var participants = await store.GetProjectParticipationsAsync("project:p1", new(First: 10), Ct);
        Assert.Equal(1200.50m, participants.Edges.Single(e => e.Node.ActorId == "actor:a").Node.Contribution);
    }

    [Fact]
    public async Task ImportAsync_bad_rows_are_rejected_with_file_and_line_and_the_rest_is_written()
    {
        await using var store = await Open();
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv",
        [
            .. GoodNodes,
            "actor:d,Actor,Delta,pirate,DE,region:DE,,,,,,,",
            "actor:e,Actor,Epsilon,company,DE,region:FR,,,,,,,",
            "actor:a,Actor,Alpha again,company,DE,region:DE,,,,,,,",
            "project:p2,Project,Bad dates,,,,,,,,2019-13-01,,",
            "thing:x,Spaceship,X,,,,,,,,,,",
        ]);
        var edges = CsvFiles.Write(directory.Path, "edges.csv",
        [
            .. GoodEdges,
            "actor:a,project:nope,PARTICIPATES_IN,,,,,,",
            "actor:a,actor:a,COLLABORATES_WITH,,,,,,",
            "actor:c,actor:a,COLLABORATES_WITH,,,,,,",
            "actor:a,actor:b,LIKES,,,,,,",
            "actor:a,actor:b,COLLABORATES_WITH,,,2020,2018,,",
        ]);

        var summary = await new GraphCsvImporter(store, batchSize: 2).ImportAsync(nodes, edges, Rejects, null, Ct);

        Assert.Equal(10, summary.Rejected);
        Assert.Equal(13, summary.WrittenTotal);
        var rejected = CsvFiles.Rows(Rejects).Select(r => string.Join('|', r)).ToList();
        Assert.Equal(10, rejected.Count);
        Assert.Contains(rejected, l => l.StartsWith("nodes.csv|9|kind 'pirate'", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.StartsWith("nodes.csv|10|actor:e names region:FR", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.StartsWith("nodes.csv|11|actor:a appears again (first on line 5)", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.StartsWith("nodes.csv|12|start_date '2019-13-01'", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.StartsWith("nodes.csv|13|type 'Spaceship'", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.StartsWith("edges.csv|8|project:nope is neither", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.StartsWith("edges.csv|9|actor:a cannot be tied to itself", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.StartsWith("edges.csv|10|COLLABORATES_WITH actor:c -> actor:a appears twice", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.StartsWith("edges.csv|11|type 'LIKES'", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.StartsWith("edges.csv|12|first_year 2020 is after last_year 2018", StringComparison.Ordinal));
        Assert.EndsWith("|actor:d,Actor,Delta,pirate,DE,region:DE,,,,,,,", rejected[0], StringComparison.Ordinal);
        Assert.Equal("Alpha GmbH", (await store.GetActorsAsync(["actor:a"], Ct))["actor:a"].Name);
        Assert.Equal(3, (await store.GetStatsAsync(Ct)).Actors);
    }

    [Fact]
    public async Task ImportAsync_edges_may_name_nodes_the_store_already_holds()
    {
        await using var store = await Open();
        await store.ApplyAsync(new GraphBuilder().StandardRegions().Actor("x").Actor("y").Build(), Ct);
        var edges = CsvFiles.Write(directory.Path, "edges.csv", "source,target,type", "actor:x,actor:y,COLLABORATES_WITH", "actor:x,actor:z,COLLABORATES_WITH");

        var summary = await new GraphCsvImporter(store).ImportAsync(null, edges, Rejects, null, Ct);

        Assert.Equal(1, summary.Written.Single(kv => kv.Key == "declared collaborations").Value);
        Assert.Equal(1, summary.Rejected);
        Assert.Equal(1, (await store.GetStatsAsync(Ct)).CollaborationPairs);
    }

    [Fact]
    public async Task ImportAsync_missing_edges_file_fails_before_writing_the_nodes()
    {
        await using var store = await Open();
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv", GoodNodes);

        var error = await Assert.ThrowsAsync<ImportFileException>(() =>
            new GraphCsvImporter(store).ImportAsync(nodes, Path.Combine(directory.Path, "missing.csv"), Rejects, null, Ct));

        Assert.Contains("missing.csv: no such file", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.GetVersionAsync(Ct));
    }

    [Theory]
    [InlineData("source,type,role")]
    [InlineData("source,target,type,target")]
    [InlineData("")]
    public async Task ImportAsync_bad_edges_header_fails_before_writing_the_nodes(string header)
    {
        await using var store = await Open();
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv", GoodNodes);
        var edges = CsvFiles.Write(directory.Path, "edges.csv", header, "actor:a,project:p1,PARTICIPATES_IN");

        var error = await Assert.ThrowsAsync<ImportFileException>(() => new GraphCsvImporter(store).ImportAsync(nodes, edges, Rejects, null, Ct));

        Assert.Contains("edges.csv line 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.GetVersionAsync(Ct));
    }

    [Fact]
    public async Task ImportAsync_cancelled_midway_keeps_whole_batches_only()
    {
        await using var store = await Open();
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv",
            [GoodNodes[0], GoodNodes[1], .. Enumerable.Range(0, 100).Select(i => $"actor:n{i},Actor,N{i},company,DE,region:DE,,,,,,,")]);
        var edges = CsvFiles.Write(directory.Path, "edges.csv",
            ["source,target,type", .. Enumerable.Range(1, 99).Select(i => $"actor:n0,actor:n{i},COLLABORATES_WITH")]);
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Stage == "edges" && p.Rows >= 30)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new GraphCsvImporter(store, batchSize: 10).ImportAsync(nodes, edges, Rejects, progress, cancel.Token));

        var pairs = (await store.GetStatsAsync(Ct)).CollaborationPairs;
        Assert.InRange(pairs, 10, 40);
        Assert.Equal(0, pairs % 10);
    }

    [Fact]
    public async Task ImportAsync_into_a_background_bulk_load_rejects_in_line_order_and_writes_the_rest_at_once()
    {
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv",
        [
            GoodNodes[0], GoodNodes[1],
            .. Enumerable.Range(0, 400).Select(i =>
                i % 37 == 5 ? $"actor:n{i},Actor,N{i},pirate,DE,region:DE,,,,,,,"
                : i % 53 == 7 ? $"actor:n{i},Actor,N{i},company,DE,region:XX,,,,,,,"
                : $"actor:n{i},Actor,N{i},company,DE,region:DE,,,,,,,"),
        ]);
        var edges = CsvFiles.Write(directory.Path, "edges.csv",
        [
            "source,target,type",
            .. Enumerable.Range(1, 1_500).Select(i =>
                i % 41 == 0 ? $"actor:n0,actor:ghost{i},COLLABORATES_WITH"
                : i % 43 == 0 ? $"actor:n0,actor:n1,LIKES"
                : $"actor:n{i % 400},actor:n{(i * 7 + 1) % 400},COLLABORATES_WITH"),
        ]);
        var target = new EmbeddedStoreOptions { DataDirectory = Path.Combine(directory.Path, "bulk") };

        ImportSummary summary;
        using (var load = EmbeddedBulkLoad.Begin(target))
        {
            await using var writer = new BackgroundBatchWriter(load.Add, capacity: 2);
            summary = await new GraphCsvImporter(null, writer.ApplyAsync, batchSize: 25, load.ExistingNodeIds).ImportAsync(nodes, edges, Rejects, null, Ct);
            await writer.CompleteAsync(Ct);
            load.Complete(Ct);
        }

        var rejected = CsvFiles.Rows(Rejects);
        Assert.Equal(summary.Rejected, rejected.Count);
        Assert.True(rejected.Count > 60);
        Assert.Equal(rejected.OrderBy(r => r[0] == "nodes.csv" ? 0 : 1).ThenBy(r => long.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)), rejected);
        Assert.Contains(rejected, r => r[0] == "nodes.csv" && r[2].Contains("region:XX", StringComparison.Ordinal));
        Assert.Contains(rejected, r => r[0] == "edges.csv" && r[2].Contains("appears twice", StringComparison.Ordinal));
        Assert.Contains(rejected, r => r[0] == "edges.csv" && r[1] == "8" && r[2].StartsWith("actor:n7 is neither", StringComparison.Ordinal));
        var report = await StoreConsistency.CheckAsync(target, Ct);
        Assert.True(report.IsConsistent, string.Join("\n", report.Problems));
        Assert.Equal(summary.Written.Single(kv => kv.Key == "actors").Value, report.Counts["actors"]);
        Assert.Equal(summary.Written.Single(kv => kv.Key == "declared collaborations").Value, report.Counts["declared_collaborations"]);
    }

    [Fact]
    public async Task ImportAsync_into_a_background_bulk_load_cancelled_midway_writes_nothing()
    {
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv",
            [GoodNodes[0], GoodNodes[1], .. Enumerable.Range(0, 100).Select(i => $"actor:n{i},Actor,N{i},company,DE,region:DE,,,,,,,")]);
        var edges = CsvFiles.Write(directory.Path, "edges.csv",
            ["source,target,type", .. Enumerable.Range(1, 99).Select(i => $"actor:n0,actor:n{i},COLLABORATES_WITH")]);
        var target = new EmbeddedStoreOptions { DataDirectory = Path.Combine(directory.Path, "bulk") };
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Stage == "edges" && p.Rows >= 30)
            {
                cancel.Cancel();
            }
        });

        using (var load = EmbeddedBulkLoad.Begin(target))
        {
            await using var writer = new BackgroundBatchWriter(load.Add, capacity: 2);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                new GraphCsvImporter(null, writer.ApplyAsync, batchSize: 10, load.ExistingNodeIds).ImportAsync(nodes, edges, Rejects, progress, cancel.Token));
        }

        Assert.True(EmbeddedBulkLoad.CanLoad(target));
        await using var store = await EmbeddedGraphStore.OpenAsync(target, Ct);
        Assert.True(await store.IsEmptyAsync(Ct));
        Assert.Empty(await store.ListRegionsAsync(Ct));
    }

    [Theory]
    [InlineData("\"actor:a\n\",Actor,Alpha look-alike,company,DE,region:DE60,,,,,,,", "id contains U+000A (a control character)")]
    [InlineData("actor:a\u200B,Actor,Alpha look-alike,company,DE,region:DE60,,,,,,,", "id contains U+200B (an invisible format character)")]
    [InlineData("actor:A,Actor,Alpha look-alike,company,DE,region:DE60,,,,,,,", "'actor:A' is not an id")]
    [InlineData("\"project:p1\n\",Project,A project look-alike,,,,,,,,,,", "id contains U+000A (a control character)")]
    [InlineData("actor:x,Actor,\"Alpha\nGmbH\",company,DE,region:DE60,,,,,,,", "name contains U+000A (a control character)")]
    [InlineData("actor:x,Actor,Alpha\u2028GmbH,company,DE,region:DE60,,,,,,,", "name contains U+2028 (a line or paragraph separator)")]
    [InlineData("actor:x,Actor,Alpha\u202EHbmG,company,DE,region:DE60,,,,,,,", "name contains U+202E (a bidirectional control)")]
    [InlineData("actor:x,Actor,Alpha\u2066GmbH,company,DE,region:DE60,,,,,,,", "name contains U+2066 (a bidirectional control)")]
    [InlineData("actor:x,Actor,Alpha\u00ADGmbH,company,DE,region:DE60,,,,,,,", "name contains U+00AD (an invisible format character)")]
    [InlineData("actor:x,Actor,Alpha,company,DE,region:DE60,,,,,,,Alpha\u200F", "alt_names contains U+200F (a bidirectional control)")]
    [InlineData("project:p9,Project,A\tproject,,,,,,,,,,", "name contains U+0009 (a control character)")]
    [InlineData("project:p9,Project,A project,,,,,,,,1850-01-01,,", "start_date 1850-01-01 is not in a year from 1950 to")]
    public async Task ImportAsync_look_alike_ids_and_forbidden_characters_are_rejected_as_the_mutations_refuse_them(string row, string reason)
    {
        await using var store = await Open();
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv", [.. GoodNodes, row]);

        var summary = await new GraphCsvImporter(store).ImportAsync(nodes, null, Rejects, null, Ct);

        Assert.Equal(1, summary.Rejected);
        var rejected = Assert.Single(CsvFiles.Rows(Rejects));
        Assert.Contains(reason, rejected[2], StringComparison.Ordinal);
        Assert.Equal(3, (await store.GetStatsAsync(Ct)).Actors);
        Assert.Equal(1, (await store.GetStatsAsync(Ct)).Projects);
    }

    [Theory]
    [InlineData("actor:a,project:p1,PARTICIPATES_IN,,1e308,,,,", "contribution '1e308' is not an amount in euro from 0 to 10,000,000,000")]
    [InlineData("actor:a,project:p1,PARTICIPATES_IN,,10000000000.01,,,,", "contribution '10000000000.01' is not an amount")]
    [InlineData("actor:a,project:p1,PARTICIPATES_IN,,99999999999999999999999999999999999,,,,", "is not an amount in euro")]
    [InlineData("\"actor:a\n\",project:p1,PARTICIPATES_IN,,,,,,", "source contains U+000A")]
    [InlineData("actor:a,actor:b,COLLABORATES_WITH,,,,,met at a \u202Efair,", "evidence contains U+202E (a bidirectional control)")]
    [InlineData("actor:a,actor:b,COLLABORATES_WITH,,,1900,,,", "first_year '1900' is not a year from 1950 to")]
    [InlineData("actor:a,actor:b,COLLABORATES_WITH,,,,2200,,", "last_year '2200' is not a year from 1950 to")]
    public async Task ImportAsync_edges_out_of_range_or_with_forbidden_characters_are_rejected(string row, string reason)
    {
        await using var store = await Open();
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv", GoodNodes);
        var edges = CsvFiles.Write(directory.Path, "edges.csv", "source,target,type,role,contribution,first_year,last_year,evidence,priority", row);

        var summary = await new GraphCsvImporter(store).ImportAsync(nodes, edges, Rejects, null, Ct);

        Assert.Equal(1, summary.Rejected);
        Assert.Contains(reason, Assert.Single(CsvFiles.Rows(Rejects))[2], StringComparison.Ordinal);
        Assert.Equal(0, (await store.GetStatsAsync(Ct)).Participations);
    }

    [Fact]
    public async Task ImportAsync_names_count_characters_not_utf16_units_and_multi_line_evidence_is_kept()
    {
        await using var store = await Open();
        var astral = string.Concat(Enumerable.Repeat("\U0001D538", 300));
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv",
        [
            .. GoodNodes,
            $"actor:astral,Actor,{astral},company,DE,region:DE60,,,,,,,",
            $"actor:too-long,Actor,{astral}x,company,DE,region:DE60,,,,,,,",
        ]);
        var edges = CsvFiles.Write(directory.Path, "edges.csv", "source,target,type,role,contribution,first_year,last_year,evidence,priority",
            "actor:a,actor:b,COLLABORATES_WITH,,,,,\"met at a fair\nand again online\",");

        var summary = await new GraphCsvImporter(store).ImportAsync(nodes, edges, Rejects, null, Ct);

        Assert.Equal(1, summary.Rejected);
        Assert.Contains("name has 301 characters; at most 300 are allowed", Assert.Single(CsvFiles.Rows(Rejects))[2], StringComparison.Ordinal);
        Assert.Equal(astral, (await store.GetActorsAsync(["actor:astral"], Ct))["actor:astral"].Name);
        var ties = await store.GetNeighboursAsync(["actor:a"], Ct);
        Assert.Contains(ties["actor:a"], t => t.OtherActorId == "actor:b" && t.DeclaredEvidence == "met at a fair\nand again online");
    }

    private string Rejects => Path.Combine(directory.Path, "rejects.csv");

    private Task<EmbeddedGraphStore> Open() =>
        EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = Path.Combine(directory.Path, "store") }, Ct);

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
