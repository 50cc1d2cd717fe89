using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// Imports the generic nodes and edges files (<see cref="GraphCsvFormat"/>) into a store, merging with
/// what it holds (upserts by id). Every row is checked before it joins a batch: a bad row (unparsable,
/// naming an unknown node, a repeat of an earlier row) goes to the reject file with its file and line and
/// is counted, and the import goes on. Both files are opened and their headers checked before anything
/// is written. Nodes are read whole first, so an edge or an actor may name a node further down the file.
/// </summary>
public sealed class GraphCsvImporter
{
    private static readonly string[] PooledNodeColumns = ["id", "type", "kind", "country", "region", "sme", "level", "parent"];
    private static readonly string[] PooledEdgeColumns = ["source", "target", "type", "role", "first_year", "last_year"];

    private readonly IGraphStore? store;
    private readonly Func<GraphBatch, CancellationToken, Task> apply;
    private readonly int batchSize;
    private readonly IReadOnlyCollection<string> existing = [];

    /// <summary>Imports into <paramref name="store"/> in atomic batches of <paramref name="batchSize"/> records.</summary>
    public GraphCsvImporter(IGraphStore store, int batchSize = 50_000)
        : this(store, (store ?? throw new ArgumentNullException(nameof(store))).ApplyAsync, batchSize)
    {
    }

    /// <summary>
    /// Imports through <paramref name="apply"/> (a bulk load, say); ids the files do not hold are looked up
    /// in <paramref name="lookup"/>, or when it is null are known only if listed in <paramref name="existing"/>.
    /// </summary>
    public GraphCsvImporter(IGraphStore? lookup, Func<GraphBatch, CancellationToken, Task> apply, int batchSize = 50_000, IReadOnlyCollection<string>? existing = null)
    {
        this.existing = existing ?? [];
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        store = lookup;
        this.apply = apply ?? throw new ArgumentNullException(nameof(apply));
        this.batchSize = batchSize;
    }

    /// <summary>Checks that the files exist and their headers are usable, without a store: callers do it before creating one.</summary>
    /// <exception cref="ImportFileException">A file is missing or its header is not usable.</exception>
    public static void CheckFiles(string? nodesPath, string? edgesPath)
    {
        if (nodesPath is null && edgesPath is null)
        {
            throw new ImportFileException("Give a nodes file, an edges file or both.");
        }

        using var nodes = nodesPath is null ? null : CsvRowReader.Open(nodesPath, GraphCsvFormat.RequiredNodeColumns);
        using var edges = edgesPath is null ? null : CsvRowReader.Open(edgesPath, GraphCsvFormat.RequiredEdgeColumns);
    }

    public async Task<ImportSummary> ImportAsync(
        string? nodesPath, string? edgesPath, string rejectPath, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (nodesPath is null && edgesPath is null)
        {
            throw new ImportFileException("Give a nodes file, an edges file or both.");
        }

        // Ids read from the nodes file are the very strings the edges file's ids resolve to.
        var pool = new StringPool();
        using var nodes = nodesPath is null ? null : CsvRowReader.Open(nodesPath, GraphCsvFormat.RequiredNodeColumns, PooledNodeColumns, pool);
        using var edges = edgesPath is null ? null : CsvRowReader.Open(edgesPath, GraphCsvFormat.RequiredEdgeColumns, PooledEdgeColumns, pool);
        using var rejects = new RejectWriter(rejectPath);
        var writer = new BatchWriter(apply, batchSize);
        var known = new KnownNodes(store);
        foreach (var id in existing)
        {
            known.Add(id);
        }


        if (nodes is not null)
        {
            await ImportNodesAsync(nodes, known, writer, rejects, progress, cancellationToken).ConfigureAwait(false);
        }

        if (edges is not null)
        {
            await ImportEdgesAsync(edges, known, writer, rejects, progress, cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new ImportSummary(writer.Written, rejects.Count, rejects.WrittenPath, writer.Batches) { FirstRejects = [.. rejects.FirstReasons] };
    }

    private async Task ImportNodesAsync(
        CsvRowReader file, KnownNodes known, BatchWriter writer, RejectWriter rejects, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var parsed = new List<(CsvRow Row, object Node)>();
        var refused = new List<(CsvRow Row, string Reason)>();
        var lineOf = new Dictionary<string, long>(StringComparer.Ordinal);
        long rows = 0;
        for (var chunk = file.ReadChunk(batchSize); chunk.Count > 0; chunk = file.ReadChunk(batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var row in chunk)
            {
                var node = GraphCsvRows.ParseNode(row.Field, out var error, row.IsPrintableAscii);
                if (node is null)
                {
                    refused.Add((row, error!));
                    continue;
                }

                var id = IdOf(node);
                if (!lineOf.TryAdd(id, row.Line))
                {
                    refused.Add((row, $"{id} appears again (first on line {lineOf[id]})"));
                    continue;
                }

                parsed.Add((row, node));
            }

            rows += chunk.Count;
            progress?.Report(new ImportProgress("reading nodes", rows, file.Position, file.Length));
        }

        // What the nodes name: regions (an actor's, a region's parent) and domains (a project's).
        foreach (var (_, node) in parsed)
        {
            known.Add(IdOf(node));
        }

        await known.ResolveAsync(parsed.SelectMany(p => References(p.Node)), cancellationToken).ConfigureAwait(false);

        // A node refused for what it names is no longer known, so neither are nodes and edges naming it
        // (a region whose parent is missing takes its actors with it): repeated until nothing changes.
        for (var changed = true; changed;)
        {
            changed = false;
            var kept = new List<(CsvRow Row, object Node)>(parsed.Count);
            foreach (var (row, node) in parsed)
            {
                var missing = References(node).FirstOrDefault(id => !known.Contains(id));
                if (missing is null)
                {
                    kept.Add((row, node));
                    continue;
                }

                refused.Add((row, $"{IdOf(node)} names {missing}, which is neither in the file nor in the store"));
                known.Forget(IdOf(node));
                changed = true;
            }

            parsed = kept;
        }

        var accepted = parsed.ConvertAll(p => p.Node);

        // Rejects in the order of the file's lines, then the rows' text is let go before the edges are read.
        foreach (var (row, reason) in refused.OrderBy(r => r.Row.Line))
        {
            rejects.Reject(file.Path, row.Line, reason, row.Raw);
        }

        parsed.Clear();
        refused.Clear();

        // Regions and domains first, then actors and projects: a batch never names a node a later batch brings.
        var written = 0L;
        foreach (var node in accepted.OrderBy(Rank))
        {
            await writer.AddAsync(node, cancellationToken).ConfigureAwait(false);
            if (++written % batchSize == 0)
            {
                progress?.Report(new ImportProgress("writing nodes", written, written, accepted.Count));
            }
        }

        progress?.Report(new ImportProgress("writing nodes", written, accepted.Count, accepted.Count));
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ImportEdgesAsync(
        CsvRowReader file, KnownNodes known, BatchWriter writer, RejectWriter rejects, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, PairSet>(StringComparer.Ordinal);
        string? lastSource = null;
        var lastSourceNo = 0;
        var parsed = new List<(CsvRow Row, object? Edge, string? Error, long Ends)>(batchSize);
        long rows = 0;

        // A chunk's rows are done with before the next is read: its buffers are reused.
        for (var chunk = file.ReadChunk(batchSize, reuse: true); chunk.Count > 0; chunk = file.ReadChunk(batchSize, reuse: true))
        {
            cancellationToken.ThrowIfCancellationRequested();
            parsed.Clear();
            foreach (var row in chunk)
            {
                // Most rows name nodes known already: found from the row's text, the ids are the nodes' own
                // strings, with their numbers, and no string is made for them.
                var sourceText = row.Span("source").Trim(' ');
                string? sourceId = lastSource;
                var sourceNo = lastSourceNo;
                if (lastSource is null || !sourceText.SequenceEqual(lastSource))
                {
                    // Files usually group edges by source: the row before's source is checked first.
                    if (known.TryGetNumber(sourceText, out sourceId, out sourceNo))
                    {
                        (lastSource, lastSourceNo) = (sourceId, sourceNo);
                    }
                }

                var resolved = sourceId is not null & known.TryGetNumber(row.Span("target").Trim(' '), out var targetId, out var targetNo);
                var edge = GraphCsvRows.ParseEdge(
                    resolved ? column => column == "source" ? sourceId! : column == "target" ? targetId! : row.Field(column) : row.Field, out var error, row.IsPrintableAscii);
                parsed.Add((row, edge, error, resolved ? ((long)sourceNo << 32) | (uint)targetNo : -1));
            }

            await known.ResolveAsync(parsed.Where(p => p.Edge is not null && p.Ends < 0).SelectMany(p => Ends(p.Edge!)), cancellationToken).ConfigureAwait(false);

            // One pass in the file's order, so rejects are written in the order of their lines.
            foreach (var (row, edge, error, ends) in parsed)
            {
                if (edge is null)
                {
                    rejects.Reject(file.Path, row.Line, error!, row.Raw);
                    continue;
                }

                var (source, target, type) = EndsOf(edge);
                int a = (int)(ends >> 32), b = (int)ends;
                if (ends < 0 && (!known.TryGetNumber(source, out a) || !known.TryGetNumber(target, out b)))
                {
                    var missing = known.Contains(source) ? target : source;
                    rejects.Reject(file.Path, row.Line, $"{missing} is neither in the nodes file nor in the store", row.Raw);
                    continue;
                }

                if (edge is DeclaredCollaboration && a > b)
                {
                    (a, b) = (b, a);
                }

                if (!(seen.TryGetValue(type, out var keys) ? keys : seen[type] = new PairSet()).Add(((long)a << 32) | (uint)b))
                {
                    rejects.Reject(file.Path, row.Line, $"{type} {source} -> {target} appears twice in the file", row.Raw);
                    continue;
                }

                await writer.AddAsync(edge, cancellationToken).ConfigureAwait(false);
            }

            rows += chunk.Count;
            progress?.Report(new ImportProgress("edges", rows, file.Position, file.Length));
        }
    }

    private static string IdOf(object node) => node switch
    {
        Region r => r.Id,
        S3Domain d => d.Id,
        Actor a => a.Id,
        Project p => p.Id,
        _ => throw new ArgumentException("not a node", nameof(node)),
    };

    private static int Rank(object node) => node switch
    {
        Region => 0,
        S3Domain => 1,
        Actor => 2,
        _ => 3,
    };

    private static IEnumerable<string> References(object node) => node switch
    {
        Region { ParentId: { } parent } => [parent],
        Actor a => [a.RegionId],
        Project p => p.S3DomainIds,
        _ => [],
    };

    private static IEnumerable<string> Ends(object edge)
    {
        var (source, target, _) = EndsOf(edge);
        return [source, target];
    }

    private static (string Source, string Target, string Type) EndsOf(object edge) => edge switch
    {
        Participation p => (p.ActorId, p.ProjectId, GraphCsvFormat.ParticipatesIn),
        DeclaredCollaboration c => (c.ActorId, c.OtherActorId, GraphCsvFormat.CollaboratesWith),
        Membership m => (m.MemberId, m.ClusterId, GraphCsvFormat.MemberOf),
        ActorDomain d => (d.ActorId, d.DomainId, GraphCsvFormat.ActiveIn),
        RegionPriority r => (r.RegionId, r.DomainId, GraphCsvFormat.Prioritises),
        _ => throw new ArgumentException("not an edge", nameof(edge)),
    };
}
