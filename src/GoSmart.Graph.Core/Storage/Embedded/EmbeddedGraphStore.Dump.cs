using GoSmart.Graph.Core.Model;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>The whole stored graph as a stream of batches, read from one SQLite snapshot.</summary>
public sealed partial class EmbeddedGraphStore : IGraphDump
{
    public IAsyncEnumerable<GraphBatch> ReadAllAsync(int chunkSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        ObjectDisposedException.ThrowIf(disposed, this);
        return ReadAll(chunkSize, cancellationToken).ToAsyncEnumerable();
    }

    private IEnumerable<GraphBatch> ReadAll(int chunkSize, CancellationToken cancellationToken)
    {
        using var connection = new SqliteConnection(readConnectionString);
        connection.Open();

        // One read transaction: under WAL every chunk sees the same committed version.
        using var tx = connection.BeginTransaction(deferred: true);

        foreach (var chunk in Chunks(connection, tx, "SELECT id, code, name, country, level, parent_id, gosmart_role FROM regions ORDER BY id", SqlRows.ReadRegion, chunkSize, cancellationToken))
        {
            yield return new GraphBatch { Regions = chunk };
        }

        foreach (var chunk in Chunks(connection, tx, "SELECT id, name, description FROM domains ORDER BY id", ReadDomain, chunkSize, cancellationToken))
        {
            yield return new GraphBatch { Domains = chunk };
        }

        foreach (var chunk in Chunks(connection, tx, $"SELECT {SqlRows.ActorColumns} FROM actors a ORDER BY a.id", r => SqlRows.ReadActor(r), chunkSize, cancellationToken))
        {
            yield return new GraphBatch { Actors = chunk };
        }

        foreach (var chunk in Chunks(connection, tx, $"SELECT {SqlRows.ProjectColumns} FROM projects p ORDER BY p.id", r => SqlRows.ReadProject(r), chunkSize, cancellationToken))
        {
            yield return new GraphBatch { Projects = chunk };
        }

        foreach (var chunk in Chunks(connection, tx, "SELECT actor_id, project_id, role, contribution FROM participations ORDER BY actor_id, project_id", r => SqlRows.ReadParticipation(r), chunkSize, cancellationToken))
        {
            yield return new GraphBatch { Participations = chunk };
        }

        foreach (var chunk in Chunks(
            connection,
            tx,
            "SELECT actor_id, other_actor_id, first_year, last_year, evidence FROM declared_collaborations ORDER BY actor_id, other_actor_id",
            r => new DeclaredCollaboration(r.GetString(0), r.GetString(1))
            {
                FirstYear = r.IsDBNull(2) ? null : r.GetInt32(2),
                LastYear = r.IsDBNull(3) ? null : r.GetInt32(3),
                Evidence = SqlRows.NullableString(r, 4),
            },
            chunkSize,
            cancellationToken))
        {
            yield return new GraphBatch { DeclaredCollaborations = chunk };
        }

        foreach (var chunk in Chunks(connection, tx, "SELECT member_id, cluster_id FROM memberships ORDER BY member_id, cluster_id", r => new Membership(r.GetString(0), r.GetString(1)), chunkSize, cancellationToken))
        {
            yield return new GraphBatch { Memberships = chunk };
        }

        foreach (var chunk in Chunks(
            connection, tx, "SELECT actor_id, domain_id FROM declared_domains ORDER BY actor_id, domain_id", r => new ActorDomain(r.GetString(0), r.GetString(1), EdgeSource.Declared, 1), chunkSize, cancellationToken))
        {
            yield return new GraphBatch { DeclaredDomains = chunk };
        }

        foreach (var chunk in Chunks(
            connection, tx, "SELECT region_id, domain_id, priority FROM region_priorities ORDER BY region_id, domain_id", r => new RegionPriority(r.GetString(0), r.GetString(1), r.GetString(2)), chunkSize, cancellationToken))
        {
            yield return new GraphBatch { RegionPriorities = chunk };
        }

        tx.Commit();
    }

    private static IEnumerable<List<T>> Chunks<T>(
        SqliteConnection connection, SqliteTransaction tx, string sql, Func<SqliteDataReader, T> map, int chunkSize, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        using var reader = command.ExecuteReader();
        var chunk = new List<T>(Math.Min(chunkSize, 4096));
        while (reader.Read())
        {
            chunk.Add(map(reader));
            if (chunk.Count == chunkSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return chunk;
                chunk = new List<T>(Math.Min(chunkSize, 4096));
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }
}
