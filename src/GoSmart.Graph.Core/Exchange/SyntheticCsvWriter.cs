using System.Globalization;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Synthetic;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// Writes a <see cref="SyntheticNetwork"/> in the generic import format: countries and regions, the S3
/// domains, the actors; its ties as declared COLLABORATES_WITH with their years, its memberships as
/// MEMBER_OF and its activities as declared ACTIVE_IN. The generic format has no weight for a declared
/// tie or activity, so the generator's weights are not written.
/// </summary>
public static class SyntheticCsvWriter
{
    public static async Task<GraphCounts> WriteAsync(
        SyntheticNetwork network, IReadOnlyList<S3Domain> domains, string nodesPath, string edgesPath, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(domains);
        var counts = new GraphCounts();
        long rows = 0;
        var total = (long)network.ActorCount * 2 + network.TieCount;
        await using (var nodes = ExportFiles.CreateText(nodesPath))
        {
            CsvText.WriteRow(nodes, GraphCsvFormat.NodeColumns);
            var countries = network.Regions.Select(r => r.Country).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var country in countries)
            {
                var name = SyntheticNetwork.Countries.FirstOrDefault(c => c.Code == country)?.Name ?? country;
                CsvText.WriteRow(nodes, GraphCsvRows.Node(new Region(Ids.Region(country), country, name, country, RegionLevel.Country)));
                counts.Regions++;
            }

            foreach (var r in network.Regions.Where(r => !string.Equals(r.Id, Ids.Region(r.Country), StringComparison.Ordinal)))
            {
                CsvText.WriteRow(nodes, GraphCsvRows.Node(new Region(r.Id, r.Code, r.Name, r.Country, RegionLevel.Nuts2) { ParentId = Ids.Region(r.Country) }));
                counts.Regions++;
            }

            var named = domains.ToDictionary(d => d.Id, StringComparer.Ordinal);
            foreach (var id in SyntheticNetwork.DomainIds)
            {
                CsvText.WriteRow(nodes, GraphCsvRows.Node(named.GetValueOrDefault(id) ?? new S3Domain(id, id[Ids.DomainPrefix.Length..])));
                counts.Domains++;
            }

            foreach (var actor in network.Actors())
            {
                CsvText.WriteRow(nodes, GraphCsvRows.Node(actor.ToActor()));
                counts.Actors++;
                if (++rows % 100_000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new ImportProgress("nodes", rows, rows, total));
                }
            }
        }

        await using (var edges = ExportFiles.CreateText(edgesPath))
        {
            CsvText.WriteRow(edges, GraphCsvFormat.EdgeColumns);
            foreach (var tie in network.Ties())
            {
                // Written by hand: ten million rows through the general row writer cost seconds for nothing.
                edges.Write(SyntheticNetwork.ActorId(tie.A));
                edges.Write(',');
                edges.Write(SyntheticNetwork.ActorId(tie.B));
                edges.Write(",COLLABORATES_WITH,,,");
                edges.Write(tie.FirstYear.ToString(CultureInfo.InvariantCulture));
                edges.Write(',');
                edges.Write(tie.LastYear.ToString(CultureInfo.InvariantCulture));
                edges.Write(",,\n");
                counts.DeclaredCollaborations++;
                if (++rows % 100_000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new ImportProgress("edges", rows, rows, total));
                }
            }

            foreach (var m in network.Memberships())
            {
                CsvText.WriteRow(edges, GraphCsvRows.Edge(new Membership(SyntheticNetwork.ActorId(m.Member), SyntheticNetwork.ActorId(m.Cluster))));
                counts.Memberships++;
            }

            foreach (var actor in network.Actors())
            {
                foreach (var activity in actor.Domains)
                {
                    CsvText.WriteRow(edges, GraphCsvRows.Edge(new ActorDomain(actor.Id, activity.DomainId, EdgeSource.Declared, 1)));
                    counts.DeclaredDomains++;
                }

                if (++rows % 100_000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new ImportProgress("edges", rows, Math.Min(rows, total), total));
                }
            }
        }

        return counts;
    }
}
