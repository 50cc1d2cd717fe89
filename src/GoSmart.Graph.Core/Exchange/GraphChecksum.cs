using System.Security.Cryptography;
using System.Text;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// A content checksum of a stored graph: SHA-256 over its records written as rows of the generic
/// format, in the dump's key order. Two stores holding the same graph give the same checksum whatever
/// order they were loaded in; row numbers, versions and derived ties do not enter it.
/// </summary>
public static class GraphChecksum
{
    public static async Task<(GraphCounts Counts, string Sha256)> ComputeAsync(IGraphDump source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var counts = new GraphCounts();
        var buffer = new StringBuilder();
        await foreach (var batch in source.ReadAllAsync(10_000, cancellationToken).ConfigureAwait(false))
        {
            buffer.Clear();
            IEnumerable<string?[]> rows =
            [
                .. batch.Regions.Select(GraphCsvRows.Node),
                .. batch.Domains.Select(GraphCsvRows.Node),
                .. batch.Actors.Select(GraphCsvRows.Node),
                .. batch.Projects.Select(GraphCsvRows.Node),
                .. batch.Participations.Select(GraphCsvRows.Edge),
                .. batch.DeclaredCollaborations.Select(GraphCsvRows.Edge),
                .. batch.Memberships.Select(GraphCsvRows.Edge),
                .. batch.DeclaredDomains.Select(GraphCsvRows.Edge),
                .. batch.RegionPriorities.Select(GraphCsvRows.Edge),
            ];
            using (var writer = new StringWriter(buffer))
            {
                foreach (var row in rows)
                {
                    CsvText.WriteRow(writer, row);
                }
            }

            hash.AppendData(Encoding.UTF8.GetBytes(buffer.ToString()));
            counts.Add(batch);
        }

        return (counts, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
