using System.Globalization;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Neo4j.Cypher;

namespace GoSmart.Graph.Neo4j;

/// <summary>The audit log: <c>AuditEntry</c> nodes written in the transaction of the change they describe.</summary>
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var result = await ReadAsync(Statements.AuditLog,
            Params(("before", query.BeforeSequence), ("target", query.TargetId), ("first", query.First)), cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(r => new AuditEntry(
            r.Long("sequence"),
            DateTimeOffset.Parse(r.String("at"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            r.String("principal"),
            r.String("operation"),
            r.String("targetId"))
        {
            Before = r.NullableString("before"),
            After = r.NullableString("after"),
        })];
    }
}
