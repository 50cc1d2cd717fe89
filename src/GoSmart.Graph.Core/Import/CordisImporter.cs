using System.Text.RegularExpressions;
using GoSmart.Graph.Core.Exchange;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Import;

/// <summary>
/// Merges CORDIS-shaped files (<c>organisations.csv</c>, <c>projects.csv</c>, <c>participations.csv</c>
/// with the columns of the seed's, extra columns ignored) into a store, by the seed's rules: kinds from
/// the activity type, regions from NUTS codes, cities or the country (regions must already be in the
/// store), S3 domains from programme parts and topics. Organisations the store already holds are kept as
/// they are (a GoSmart partner keeps its curated name); projects are upserted; participations may name
/// organisations of the store. Bad rows go to the reject file and the import goes on.
/// </summary>
public sealed partial class CordisImporter(IGraphStore store, string taxonomyDirectory, int batchSize = 50_000)
{
    private static readonly (string File, string[] Columns)[] Files =
    [
        ("organisations.csv", ["pic", "name", "activity_type", "country"]),
        ("projects.csv", ["rcn", "start_date", "end_date"]),
        ("participations.csv", ["rcn", "pic"]),
    ];

    /// <summary>Reads the three files and checks their headers, without a store: callers do it before creating one.</summary>
    /// <exception cref="ImportFileException">The folder or a file is missing, or a header lacks a column.</exception>
    public static void CheckFolder(string folder) => ReadTables(folder, out _);

    public async Task<ImportSummary> ImportAsync(string folder, string rejectPath, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var tables = ReadTables(folder, out var cordis);
        var rules = ReadTaxonomy(out var cityTable);
        var regions = (await store.ListRegionsAsync(cancellationToken).ConfigureAwait(false)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        if (regions.Count == 0)
        {
            throw new ImportFileException("The store has no regions, so no organisation could be placed: seed it first (start the service once) or import regions with 'import csv'.");
        }

        var skipped = new List<string>();
        var cities = cityTable is null ? new CityRegions() : CityRegions.Read(cityTable, regions, []);
        progress?.Report(new ImportProgress("reading", 0, 0, 3));

        var actors = new ActorTable();
        SeedReader.ReadOrganisations(tables["organisations.csv"], regions, cities, actors, skipped);
        var fileActors = actors.InOrder();
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in fileActors.Chunk(500))
        {
            stored.UnionWith((await store.GetActorsAsync([.. chunk.Select(a => a.Id)], cancellationToken).ConfigureAwait(false)).Keys);
        }

        var projects = SeedReader.ReadProjects(tables["projects.csv"], new DomainMapper(rules), skipped);
        var knownDomains = (await store.ListDomainsAsync(cancellationToken).ConfigureAwait(false)).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        projects = [.. projects.Select(p => p with { S3DomainIds = [.. p.S3DomainIds.Where(knownDomains.Contains)] })];
        var projectIds = projects.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

        // Participations may name organisations and projects the store already holds.
        var participationTable = tables["participations.csv"];
        var known = new KnownNodes(store);
        foreach (var id in fileActors.Select(a => a.Id).Concat(projectIds))
        {
            known.Add(id);
        }

        await known.ResolveAsync(
            participationTable.Rows.SelectMany(r => new[] { r.Optional("pic") is { } pic ? Ids.ActorFromPic(pic) : null, r.Optional("rcn") is { } rcn ? Ids.ProjectFromRcn(rcn) : null })
                .OfType<string>(),
            cancellationToken).ConfigureAwait(false);
        var participations = SeedReader.ReadParticipations(participationTable, known.Contains, known.Contains, skipped);
        progress?.Report(new ImportProgress("reading", 3, 3, 3));

        using var rejects = new RejectWriter(rejectPath);
        var rawByLine = tables.ToDictionary(kv => kv.Key, kv => kv.Value.Rows.ToDictionary(r => r.Line, r => r.Raw), StringComparer.Ordinal);
        foreach (var reason in skipped)
        {
            var match = SkipPattern().Match(reason);
            var (file, line, why) = match.Success ? (match.Groups[1].Value, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[3].Value) : ("?", 0, reason);
            var raw = rawByLine.TryGetValue(file, out var rows) && rows.TryGetValue(line, out var text) ? text : string.Empty;
            rejects.Reject(Path.Combine(cordis, file), line, why, raw);
        }

        var writer = new BatchWriter(store.ApplyAsync, batchSize);
        long done = 0;
        IEnumerable<object> records = [.. fileActors.Where(a => !stored.Contains(a.Id)), .. projects, .. participations];
        var total = fileActors.Count - stored.Count + projects.Count + participations.Count;
        foreach (var record in records)
        {
            await writer.AddAsync(record, cancellationToken).ConfigureAwait(false);
            if (++done % 10_000 == 0)
            {
                progress?.Report(new ImportProgress("writing", done, done, total));
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        progress?.Report(new ImportProgress("writing", done, total, total));
        return new ImportSummary(writer.Written, rejects.Count, rejects.WrittenPath, writer.Batches) { FirstRejects = [.. rejects.FirstReasons] };
    }

    private static Dictionary<string, CsvTable> ReadTables(string folder, out string cordis)
    {
        ArgumentNullException.ThrowIfNull(folder);
        cordis = Directory.Exists(Path.Combine(folder, "cordis")) && !File.Exists(Path.Combine(folder, "organisations.csv")) ? Path.Combine(folder, "cordis") : folder;
        if (!Directory.Exists(cordis))
        {
            throw new ImportFileException($"{folder}: no such folder.");
        }

        // Every file is read and its header checked before anything is written.
        var tables = new Dictionary<string, CsvTable>(StringComparer.Ordinal);
        foreach (var (file, columns) in Files)
        {
            var path = Path.Combine(cordis, file);
            if (!File.Exists(path))
            {
                throw new ImportFileException($"{path}: no such file; a CORDIS folder holds {string.Join(", ", Files.Select(f => f.File))}.");
            }

            CsvTable table;
            try
            {
                table = CsvTable.FromFile(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
            {
                throw new ImportFileException($"{path}: cannot be read as CSV: {e.Message}", e);
            }

            var missing = columns.Where(c => !table.Columns.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                throw new ImportFileException($"{path} line 1: the header lacks the column(s) {string.Join(", ", missing)}; it must have {string.Join(", ", columns)}.");
            }

            tables[file] = table;
        }

        return tables;
    }

    private IReadOnlyList<DomainRule> ReadTaxonomy(out CsvTable? cities)
    {
        var domains = Path.Combine(taxonomyDirectory, "gosmart", "s3_domains.csv");
        if (!File.Exists(domains))
        {
            throw new ImportFileException($"{domains}: no such file; the S3 domain rules come from the seed folder's gosmart/s3_domains.csv.");
        }

        var cityFile = Path.Combine(taxonomyDirectory, "gosmart", "city_regions.csv");
        cities = File.Exists(cityFile) ? CsvTable.FromFile(cityFile) : null;
        return SeedReader.ReadDomainRules(taxonomyDirectory);
    }

    [GeneratedRegex(@"^(\S+\.csv) line (\d+): (.*)\z", RegexOptions.Singleline)]
    private static partial Regex SkipPattern();
}
