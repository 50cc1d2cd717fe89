using System.Globalization;
using System.Xml;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// Writes the graph as GraphML (graphml.graphdrawing.org), which Gephi, Cytoscape, yEd and networkx open:
/// every node with a <c>type</c> and <c>label</c> and the fields of the generic format; PARTICIPATES_IN,
/// MEMBER_OF, ACTIVE_IN (declared), PRIORITISES and LOCATED_IN as directed edges; COLLABORATES_WITH
/// (derived and declared) as undirected edges with weight, years and a declared flag. Node ids are the
/// graph's ids made XML name tokens (<see cref="XmlConvert.EncodeNmToken"/>).
/// </summary>
public static class GraphMlExporter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly string[] NodeKeys = [.. GraphCsvFormat.NodeColumns.Skip(1)];

    private static readonly (string Name, string Type)[] EdgeKeys =
    [
        ("label", "string"), ("role", "string"), ("contribution", "double"), ("weight", "int"), ("first_year", "int"),
        ("last_year", "int"), ("declared", "boolean"), ("evidence", "string"), ("priority", "string"),
    ];

    public static async Task<GraphCounts> ExportAsync(
        IGraphDump source, IGraphStore store, string path, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(store);
        var snapshot = await store.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        var counts = new GraphCounts();
        await using var stream = ExportFiles.CreateStream(path);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        WriteKey(xml, "node", "label", "string");
        foreach (var key in NodeKeys)
        {
            WriteKey(xml, "node", key, "string");
        }

        foreach (var (name, type) in EdgeKeys)
        {
            WriteKey(xml, "edge", name, type);
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "gosmart");
        xml.WriteAttributeString("edgedefault", "directed");
        long edgeNo = 0;
        await foreach (var batch in source.ReadAllAsync(10_000, cancellationToken).ConfigureAwait(false))
        {
            foreach (var r in batch.Regions)
            {
                WriteNode(xml, GraphCsvRows.Node(r));
            }

            foreach (var d in batch.Domains)
            {
                WriteNode(xml, GraphCsvRows.Node(d));
            }

            foreach (var a in batch.Actors)
            {
                WriteNode(xml, GraphCsvRows.Node(a));
            }

            foreach (var p in batch.Projects)
            {
                WriteNode(xml, GraphCsvRows.Node(p));
            }

            foreach (var r in batch.Regions.Where(r => r.ParentId is not null))
            {
                WriteEdge(xml, ref edgeNo, r.Id, r.ParentId!, "LOCATED_IN", true);
            }

            foreach (var a in batch.Actors)
            {
                WriteEdge(xml, ref edgeNo, a.Id, a.RegionId, "LOCATED_IN", true);
            }

            foreach (var p in batch.Participations)
            {
                WriteEdge(xml, ref edgeNo, p.ActorId, p.ProjectId, GraphCsvFormat.ParticipatesIn, true,
                    ("role", p.Role), ("contribution", p.Contribution?.ToString(CultureInfo.InvariantCulture)));
            }

            foreach (var m in batch.Memberships)
            {
                WriteEdge(xml, ref edgeNo, m.MemberId, m.ClusterId, GraphCsvFormat.MemberOf, true);
            }

            foreach (var d in batch.DeclaredDomains)
            {
                WriteEdge(xml, ref edgeNo, d.ActorId, d.DomainId, GraphCsvFormat.ActiveIn, true);
            }

            foreach (var r in batch.RegionPriorities)
            {
                WriteEdge(xml, ref edgeNo, r.RegionId, r.DomainId, GraphCsvFormat.Prioritises, true, ("priority", r.Priority));
            }

            counts.Add(batch);
            progress?.Report(new ImportProgress("exporting", counts.Nodes + counts.Edges, 0, 0));
        }

        // Collaborations, derived and declared, come from the snapshot: one edge per unordered pair.
        for (var a = 0; a < snapshot.NodeCount; a++)
        {
            var neighbours = snapshot.NeighboursOf(a);
            var start = snapshot.Offsets[a];
            for (var k = 0; k < neighbours.Length; k++)
            {
                var b = neighbours[k];
                if (b <= a)
                {
                    continue;
                }

                var t = start + k;
                WriteEdge(xml, ref edgeNo, snapshot.ActorIds[a], snapshot.ActorIds[b], GraphCsvFormat.CollaboratesWith, false,
                    ("weight", Int(snapshot.Weights[t])), ("first_year", Year(snapshot.FirstYears[t])), ("last_year", Year(snapshot.LastYears[t])),
                    ("declared", snapshot.Declared[t] ? "true" : "false"));
            }

            if (a % 10_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        return counts;
    }

    private static void WriteKey(XmlWriter xml, string domain, string name, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", (domain == "node" ? "n_" : "e_") + name);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, string?[] row)
    {
        xml.WriteStartElement("node", Namespace);
        xml.WriteAttributeString("id", XmlConvert.EncodeNmToken(row[0]));
        WriteData(xml, "n_label", row[2] ?? row[0]);
        for (var i = 0; i < NodeKeys.Length; i++)
        {
            WriteData(xml, "n_" + NodeKeys[i], row[i + 1]);
        }

        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, ref long edgeNo, string source, string target, string label, bool directed, params (string Key, string? Value)[] data)
    {
        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", "e" + (edgeNo++).ToString(CultureInfo.InvariantCulture));
        if (!directed)
        {
            xml.WriteAttributeString("directed", "false");
        }

        xml.WriteAttributeString("source", XmlConvert.EncodeNmToken(source));
        xml.WriteAttributeString("target", XmlConvert.EncodeNmToken(target));
        WriteData(xml, "e_label", label);
        foreach (var (key, value) in data)
        {
            WriteData(xml, "e_" + key, value);
        }

        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        // XML 1.0 cannot carry control characters at all; they are dropped rather than failing the export.
        xml.WriteString(value.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) ? new string([.. value.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))]) : value);
        xml.WriteEndElement();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Year(int value) => value == 0 ? null : Int(value);
}
