using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Cli;

public sealed class GraphCliAppTests(SeededStoreFixture seeded) : IClassFixture<SeededStoreFixture>, IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private string Store => Path.Combine(directory.Path, "store");

    [Fact]
    public async Task Import_csv_prints_a_summary_with_counts_and_rejects()
    {
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv",
            "id,type,name,kind,country,region,level", "region:DE,Region,Germany,,DE,,country", "actor:a,Actor,A,company,DE,region:DE,", "actor:b,Actor,B,research,DE,region:DE,",
            "actor:c,Actor,C,alien,DE,region:DE,");
        var edges = CsvFiles.Write(directory.Path, "edges.csv", "source,target,type", "actor:a,actor:b,COLLABORATES_WITH", "actor:a,actor:x,COLLABORATES_WITH");
        var rejects = Path.Combine(directory.Path, "rejects.csv");

        var (code, output, error) = await CliRun.RunAsync("import", "csv", "--nodes", nodes, "--edges", edges, "--data", Store, "--rejects", rejects);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Matches(@"actors\s*│\s*2 ", output);
        Assert.Matches(@"declared collaborations\s*│\s*1 ", output);
        Assert.Matches(@"rows rejected\s*│\s*2 ", output);
        Assert.Contains("rejected: nodes.csv line 5: kind 'alien'", output, StringComparison.Ordinal);
        Assert.Contains("rejected: edges.csv line 3: actor:x is neither", output, StringComparison.Ordinal);
        Assert.Contains($"2 rejected row(s) written to {rejects}", output, StringComparison.Ordinal);
        Assert.Equal(2, CsvFiles.Rows(rejects).Count);
    }

    [Fact]
    public async Task Import_csv_into_a_store_with_data_merges_in_batches()
    {
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv", "id,type,name,country,level", "region:DE,Region,Germany,DE,country");
        var actors = CsvFiles.Write(directory.Path, "actors.csv", "id,type,name,kind,country,region", "actor:a,Actor,A,company,DE,region:DE");
        var more = CsvFiles.Write(directory.Path, "more.csv", "id,type,name,kind,country,region", "actor:b,Actor,B,company,DE,region:DE");
        var edges = CsvFiles.Write(directory.Path, "edges.csv", "source,target,type", "actor:a,actor:b,COLLABORATES_WITH");

        var first = await CliRun.RunAsync("import", "csv", "--nodes", nodes, "--data", Store);
        var second = await CliRun.RunAsync("import", "csv", "--nodes", actors, "--data", Store);
        var third = await CliRun.RunAsync("import", "csv", "--nodes", more, "--edges", edges, "--data", Store);

        Assert.Equal((0, 0, 0), (first.ExitCode, second.ExitCode, third.ExitCode));
        Assert.Contains("bulk load", first.Out, StringComparison.Ordinal);
        Assert.Contains("bulk load", second.Out, StringComparison.Ordinal);
        Assert.Contains("merged in batches", third.Out, StringComparison.Ordinal);
        await using var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = Store }, CancellationToken.None);
        Assert.Equal(1, (await store.GetStatsAsync(CancellationToken.None)).CollaborationPairs);
    }

    [Fact]
    public async Task Import_csv_quiet_prints_nothing_and_still_imports()
    {
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv", "id,type,name,country,level", "region:DE,Region,Germany,DE,country");

        var (code, output, error) = await CliRun.RunAsync("import", "csv", "--nodes", nodes, "--data", Store, "--quiet");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output + error);
        await using var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = Store }, CancellationToken.None);
        Assert.Single(await store.ListRegionsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Import_csv_verbose_lists_the_phases_of_the_bulk_load()
    {
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv",
            "id,type,name,kind,country,region,level", "region:DE,Region,Germany,,DE,,country", "actor:a,Actor,A,company,DE,region:DE,", "actor:b,Actor,B,research,DE,region:DE,");
        var edges = CsvFiles.Write(directory.Path, "edges.csv", "source,target,type", "actor:a,actor:b,COLLABORATES_WITH");

        var (code, output, _) = await CliRun.RunAsync("import", "csv", "--nodes", nodes, "--edges", edges, "--data", Store, "--verbose");
        var (_, plain, _) = await CliRun.RunAsync("import", "csv", "--nodes", nodes, "--data", Path.Combine(directory.Path, "other"));

        Assert.Equal(0, code);
        foreach (var phase in new[] { "reading and checking rows", "bulk: writer busy adding", "bulk: actor lookup indexes", "bulk: ties written", "bulk: commit" })
        {
            Assert.Contains(phase, output, StringComparison.Ordinal);
            Assert.DoesNotContain(phase, plain, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Import_csv_into_a_store_open_elsewhere_fails_with_one_line_and_changes_nothing()
    {
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv", "id,type,name,country", "region:DE,Region,Germany,DE");
        await using var open = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = Store }, CancellationToken.None);

        var bulk = await CliRun.RunAsync("import", "csv", "--nodes", nodes, "--data", Store);
        var batched = await CliRun.RunAsync("import", "csv", "--nodes", nodes, "--data", Store, "--no-bulk");

        Assert.All(new[] { bulk, batched }, run =>
        {
            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith($"error: The store in {Store} is open in another process", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        });
        Assert.Equal(0, await open.GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Import_csv_with_a_bad_header_fails_with_one_line_and_writes_nothing()
    {
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv", "identifier,type,name", "region:DE,Region,Germany");

        var (code, output, error) = await CliRun.RunAsync("import", "csv", "--nodes", nodes, "--data", Store);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"error: {nodes} line 1: the header lacks the column(s) id;", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Store));
    }

    [Fact]
    public async Task Stats_of_a_missing_store_is_a_clear_error()
    {
        var (code, _, error) = await CliRun.RunAsync("stats", "--data", Path.Combine(directory.Path, "nowhere"));

        Assert.Equal(1, code);
        Assert.Contains("There is no store in", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(directory.Path, "nowhere")));
    }

    [Fact]
    public async Task Unknown_export_format_is_refused()
    {
        var (code, _, error) = await CliRun.RunAsync("export", "dot", Path.Combine(directory.Path, "g.dot"), "--data", seeded.DataDirectory);

        Assert.NotEqual(0, code);
        Assert.Contains("Unknown format 'dot'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_csv_then_import_csv_then_stats_checksum_match()
    {
        var folder = Path.Combine(directory.Path, "export");

        var export = await CliRun.RunAsync("export", "csv", folder, "--data", seeded.DataDirectory);
        var import = await CliRun.RunAsync(
            "import", "csv", "--nodes", Path.Combine(folder, "nodes.csv"), "--edges", Path.Combine(folder, "edges.csv"), "--data", Store,
            "--rejects", Path.Combine(directory.Path, "r.csv"));
        var original = await CliRun.RunAsync("stats", "--checksum", "--data", seeded.DataDirectory);
        var copy = await CliRun.RunAsync("stats", "--checksum", "--data", Store);

        Assert.Equal((0, 0, 0, 0), (export.ExitCode, import.ExitCode, original.ExitCode, copy.ExitCode));
        Assert.Contains("bulk load into an empty store", import.Out, StringComparison.Ordinal);
        Assert.Matches(@"rows rejected\s*│\s*0 ", import.Out);
        var sum = System.Text.RegularExpressions.Regex.Match(original.Out, "content sha-256 *│ *([0-9a-f]{64})");
        Assert.True(sum.Success, original.Out);
        Assert.Contains(sum.Groups[1].Value, copy.Out, StringComparison.Ordinal);
        Assert.Matches(@"actors\s*│\s*6,7\d\d ", copy.Out);
    }

    [Fact]
    public async Task Export_graphml_and_json_write_their_files()
    {
        var graphml = Path.Combine(directory.Path, "g.graphml");
        var json = Path.Combine(directory.Path, "g.json");

        var a = await CliRun.RunAsync("export", "graphml", graphml, "--data", seeded.DataDirectory);
        var b = await CliRun.RunAsync("export", "json", json, "--data", seeded.DataDirectory, "-q");

        Assert.Equal((0, 0), (a.ExitCode, b.ExitCode));
        Assert.Contains("export graphml", a.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, b.Out);
        Assert.StartsWith("<?xml", await File.ReadAllTextAsync(graphml), StringComparison.Ordinal);
        Assert.StartsWith("{\"format\":\"gosmart-graph/1\"", await File.ReadAllTextAsync(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_neo4j_writes_the_admin_import_files_and_a_cypher_script()
    {
        var folder = Path.Combine(directory.Path, "neo4j");

        var (code, output, _) = await CliRun.RunAsync("export", "neo4j", folder, "--data", seeded.DataDirectory);

        Assert.Equal(0, code);
        Assert.Contains("export neo4j", output, StringComparison.Ordinal);
        var header = (await File.ReadAllLinesAsync(Path.Combine(folder, "actors.csv")))[0];
        Assert.StartsWith("id:ID(Actor),:LABEL,name,", header, StringComparison.Ordinal);
        var stats = await CliRun.RunAsync("stats", "--data", seeded.DataDirectory);
        var actorCount = System.Text.RegularExpressions.Regex.Match(stats.Out, @"actors\s*│\s*([\d,]+) ").Groups[1].Value;
        Assert.Matches(@"nodes\s*│\s*[\d,]+ ", output);
        Assert.Equal(int.Parse(actorCount, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture), CountCsvRecords(Path.Combine(folder, "actors.csv")) - 1);
        Assert.Contains("neo4j-admin database import", await File.ReadAllTextAsync(Path.Combine(folder, "neo4j-admin-import.txt")), StringComparison.Ordinal);
        Assert.Contains("MERGE", await File.ReadAllTextAsync(Path.Combine(folder, "gosmart.cypher")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_passes_on_the_seeded_store_and_fails_on_a_dangling_region()
    {
        var good = await CliRun.RunAsync("check", "--data", seeded.DataDirectory);
        var nodes = CsvFiles.Write(directory.Path, "nodes.csv", "id,type,name,kind,country,region", "actor:a,Actor,A,company,DE,region:DE");
        await using (var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = Store }, CancellationToken.None))
        {
            await store.ApplyAsync(new() { Actors = [new("actor:a", "A", GoSmart.Graph.Core.Model.ActorKind.Company, "DE", "region:DE")] }, CancellationToken.None);
        }

        var bad = await CliRun.RunAsync("check", "--data", Store);

        Assert.Equal(0, good.ExitCode);
        Assert.Contains("check: consistent", good.Out, StringComparison.Ordinal);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("error: actor actor:a is located in region:DE, which is not a stored region", bad.Error, StringComparison.Ordinal);
        Assert.Contains("NOT consistent", bad.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(nodes));
    }

    [Fact]
    public async Task Import_cordis_merges_organisations_projects_and_participations_and_rejects_bad_rows()
    {
        var cordis = Path.Combine(directory.Path, "cordis");
        Directory.CreateDirectory(cordis);
        CsvFiles.Write(cordis, "organisations.csv",
            "pic,name,short_name,activity_type,country,city,nuts3_2021export,extra",
            "900000001,NEW ORG GMBH,NOG,PRC,DE,Hamburg,DE600,x",
            "900000002,Bad Kind,,XYZ,DE,,,x",
            "900000003,Polish Lab,,REC,PL,Białystok,PL841,x");
        CsvFiles.Write(cordis, "projects.csv",
            "rcn,start_date,end_date,acronym,title,h2020_programme_parts,topic_code",
            "990001,2021-01-01,2023-12-31,NEWP,A new project,SC2,SFS-01",
            "990002,2021-99-01,2023-12-31,BAD,Bad date,SC2,");
        CsvFiles.Write(cordis, "participations.csv",
            "rcn,pic,role,ec_contribution",
            "990001,900000001,coordinator,1000",
            "990001,900000003,participant,500",
            "990001,999889193,participant,",
            "990001,123,participant,");
        await CopyDirectory(seeded.DataDirectory, Store);
        var rejects = Path.Combine(directory.Path, "rejects.csv");

        var (code, output, error) = await CliRun.RunAsync("import", "cordis", cordis, "--data", Store, "--rejects", rejects);

        Assert.True(code == 0, error);
        Assert.Matches(@"actors\s*│\s*2 ", output);
        Assert.Matches(@"projects\s*│\s*1 ", output);
        Assert.Matches(@"participations\s*│\s*3 ", output);
        Assert.Matches(@"rows rejected\s*│\s*3 ", output);
        var rows = CsvFiles.Rows(rejects);
        Assert.Contains(rows, r => r[0] == "organisations.csv" && r[1] == "3");
        Assert.Contains(rows, r => r[0] == "projects.csv" && r[1] == "3");
        Assert.Contains(rows, r => r[0] == "participations.csv" && r[1] == "5");
        await using (var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = Store }, CancellationToken.None))
        {
            var actors = await store.GetActorsAsync(["actor:pic-900000001", "actor:pic-900000003", "actor:pic-999889193"], CancellationToken.None);
            Assert.Equal("region:DE60", actors["actor:pic-900000001"].RegionId);
            Assert.Equal("region:PL84", actors["actor:pic-900000003"].RegionId);
            Assert.NotEqual("POLITECHNIKA BIALOSTOCKA", actors["actor:pic-999889193"].Name);
            var project = (await store.GetProjectsAsync(["project:rcn-990001"], CancellationToken.None))["project:rcn-990001"];
            Assert.Contains("domain:agri-food", project.S3DomainIds);
        }

        var check = await CliRun.RunAsync("check", "--data", Store);
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public async Task Generate_writes_the_same_network_for_the_same_seed_and_it_imports_without_rejects()
    {
        var first = Path.Combine(directory.Path, "g1");
        var second = Path.Combine(directory.Path, "g2");

        var a = await CliRun.RunAsync("generate", "--actors", "2000", "--avg-degree", "8", "--seed", "7", first);
        var b = await CliRun.RunAsync("generate", "--actors", "2000", "--avg-degree", "8", "--seed", "7", second, "--quiet");
        var import = await CliRun.RunAsync(
            "import", "csv", "--nodes", Path.Combine(first, "nodes.csv"), "--edges", Path.Combine(first, "edges.csv"), "--data", Store,
            "--rejects", Path.Combine(directory.Path, "r.csv"));
        var check = await CliRun.RunAsync("check", "--data", Store);

        Assert.Equal((0, 0, 0, 0), (a.ExitCode, b.ExitCode, import.ExitCode, check.ExitCode));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first, "edges.csv")), await File.ReadAllBytesAsync(Path.Combine(second, "edges.csv")));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first, "nodes.csv")), await File.ReadAllBytesAsync(Path.Combine(second, "nodes.csv")));
        Assert.Matches(@"declared collaborations\s*│\s*8,000 ", a.Out);
        Assert.Matches(@"rows rejected\s*│\s*0 ", import.Out);
        await using var store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = Store }, CancellationToken.None);
        var stats = await store.GetStatsAsync(CancellationToken.None);
        Assert.Equal((2000, 8000), (stats.Actors, stats.CollaborationPairs));
        Assert.True(stats.ActorsByCountry.Count > 10);
    }

    [Fact]
    public async Task Generate_with_impossible_options_is_refused()
    {
        var (code, _, error) = await CliRun.RunAsync("generate", "--actors", "10", "--avg-degree", "50", Path.Combine(directory.Path, "g"));

        Assert.Equal(1, code);
        Assert.Contains("AverageDegree must be", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_cordis_missing_file_fails_before_writing()
    {
        var cordis = Path.Combine(directory.Path, "cordis");
        Directory.CreateDirectory(cordis);
        CsvFiles.Write(cordis, "organisations.csv", "pic,name,activity_type,country", "900000001,X,PRC,DE");

        var (code, _, error) = await CliRun.RunAsync("import", "cordis", cordis, "--data", Store);

        Assert.Equal(1, code);
        Assert.Contains("projects.csv: no such file", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Store));
    }

    private async Task CopyDirectory(string from, string to)
    {
        // A consistent copy of a store (WAL included): export and import would be slower; VACUUM INTO is one statement.
        Directory.CreateDirectory(to);
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(from, "gosmart.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $target";
        command.Parameters.AddWithValue("$target", Path.Combine(to, "gosmart.db"));
        await command.ExecuteNonQueryAsync();
        Assert.True(File.Exists(Path.Combine(directory.Path, "store", "gosmart.db")));
    }

    /// <summary>Records, not lines: a quoted field may hold a line break.</summary>
    private static int CountCsvRecords(string path)
    {
        var text = File.ReadAllText(path);
        int records = 0, i = 0;
        var quoted = false;
        for (; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == '\n' && !quoted)
            {
                records++;
            }
        }

        return text.Length > 0 && text[^1] != '\n' ? records + 1 : records;
    }
}
