using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// Deletes what a batch removes inside its transaction, and afterwards rewrites the derived columns
/// (degree, project count, derived ACTIVE_IN) of the actors whose ties or projects changed.
/// </summary>
internal static class SqlRemovalWriter
{
    /// <summary>True when the removals change ties or participations, so the adjacency index must be rebuilt.</summary>
    public static bool ChangesIndex(GraphRemovals removals) =>
        removals.ActorIds.Count > 0 || removals.Participations.Count > 0 || removals.DeclaredCollaborations.Count > 0;

    /// <summary>Deletes the rows; returns the ids of the surviving actors whose derived values may have changed.</summary>
    public static HashSet<string> Remove(SqliteConnection connection, SqliteTransaction tx, GraphIndex index, GraphRemovals removals, CancellationToken cancellationToken)
    {
        var affected = new HashSet<string>(StringComparer.Ordinal);
        var removedActors = removals.ActorIds.ToHashSet(StringComparer.Ordinal);

        foreach (var id in removedActors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!index.ActorIndex.TryGetValue(id, out var a))
            {
                continue;
            }

            foreach (var tie in index.Ties[a])
            {
                affected.Add(index.ActorIds[tie.Other]);
            }

            Run(connection, tx, "DELETE FROM participations WHERE actor_id = $0", id);
            Run(connection, tx, "DELETE FROM declared_collaborations WHERE actor_id = $0 OR other_actor_id = $0", id);
            Run(connection, tx, "DELETE FROM memberships WHERE member_id = $0 OR cluster_id = $0", id);
            Run(connection, tx, "DELETE FROM declared_domains WHERE actor_id = $0", id);
            Run(connection, tx, "DELETE FROM derived_domains WHERE actor_id = $0", id);
            Run(connection, tx, "DELETE FROM actor_search WHERE rowid = (SELECT no FROM actors WHERE id = $0)", id);
            Run(connection, tx, "DELETE FROM actors WHERE id = $0", id);
        }

        foreach (var p in removals.Participations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Run(connection, tx, "DELETE FROM participations WHERE actor_id = $0 AND project_id = $1", p.ActorId, p.ProjectId) > 0
                && index.ProjectIndex.TryGetValue(p.ProjectId, out var project))
            {
                affected.UnionWith(index.ProjectActors[project].Select(a => index.ActorIds[a]));
                affected.Add(p.ActorId);
            }
        }

        foreach (var pair in removals.DeclaredCollaborations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Run(connection, tx, "DELETE FROM declared_collaborations WHERE actor_id = $0 AND other_actor_id = $1", pair.First, pair.Second) > 0)
            {
                affected.Add(pair.First);
                affected.Add(pair.Second);
            }
        }

        foreach (var m in removals.Memberships)
        {
            Run(connection, tx, "DELETE FROM memberships WHERE member_id = $0 AND cluster_id = $1", m.MemberId, m.ClusterId);
        }

        foreach (var d in removals.DeclaredDomains)
        {
            Run(connection, tx, "DELETE FROM declared_domains WHERE actor_id = $0 AND domain_id = $1", d.ActorId, d.DomainId);
        }

        affected.ExceptWith(removedActors);
        return affected;
    }

    /// <summary>Writes degree, project count and derived ACTIVE_IN of <paramref name="actorIds"/> as the rebuilt index has them.</summary>
    public static void RewriteDerived(SqliteConnection connection, SqliteTransaction tx, GraphIndex index, IEnumerable<string> actorIds, CancellationToken cancellationToken)
    {
        foreach (var id in actorIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!index.ActorIndex.TryGetValue(id, out var a))
            {
                continue;
            }

            Run(connection, tx, "UPDATE actors SET degree = $1, project_count = $2 WHERE id = $0", id, index.Ties[a].Length, index.ActorProjects[a].Length);
            Run(connection, tx, "DELETE FROM derived_domains WHERE actor_id = $0", id);
            foreach (var (domainId, weight) in GraphIndex.ComputeDomains(index, a))
            {
                Run(connection, tx, "INSERT INTO derived_domains(actor_id, domain_id, weight) VALUES ($0, $1, $2)", id, domainId, weight);
            }
        }
    }

    /// <summary>Appends audit entries; the store assigns their sequence numbers.</summary>
    public static void WriteAudit(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<AuditEntry> entries)
    {
        foreach (var e in entries)
        {
            Run(connection, tx, "INSERT INTO audit_log(at, principal, operation, target_id, before, after) VALUES ($0, $1, $2, $3, $4, $5)",
                e.At.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture), e.Principal, e.Operation, e.TargetId, e.Before, e.After);
        }
    }

    private static int Run(SqliteConnection connection, SqliteTransaction tx, string sql, params object?[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), values[i] ?? DBNull.Value);
        }

        return command.ExecuteNonQuery();
    }
}
