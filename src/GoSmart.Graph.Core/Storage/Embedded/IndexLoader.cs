using GoSmart.Graph.Core.Model;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>Builds the adjacency index from the SQLite file on open; derived ties are recomputed, not read.</summary>
internal static class IndexLoader
{
    /// <param name="tx">The open transaction of <paramref name="connection"/>, when the index is rebuilt inside one.</param>
    public static GraphIndex Load(SqliteConnection connection, SqliteTransaction? tx, int parallelThreshold, CancellationToken cancellationToken)
    {
        var index = new GraphIndex
        {
            Version = Convert.ToInt64(SqliteSchema.Scalar(connection, "SELECT value FROM meta WHERE key = 'version'", tx), System.Globalization.CultureInfo.InvariantCulture),
        };

        ForEach(connection, tx, "SELECT id, code, name, country, level, parent_id, gosmart_role FROM regions", r =>
        {
            var region = SqlRows.ReadRegion(r);
            index.Regions[region.Id] = region;
        });
        ForEach(connection, tx, "SELECT id FROM domains", r => index.DomainIds.Add(r.GetString(0)));
        var actorByRowid = new Dictionary<long, int>();
        ForEach(connection, tx, "SELECT rowid, id, kind, country, region_id FROM actors ORDER BY rowid", r =>
            actorByRowid.Add(r.GetInt64(0), index.AddActor(r.GetString(1), (ActorKind)r.GetInt32(2), r.GetString(3), r.GetString(4))));
        cancellationToken.ThrowIfCancellationRequested();

        var domainsByProject = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        ForEach(connection, tx, "SELECT project_id, domain_id FROM project_domains ORDER BY project_id, domain_id", r =>
        {
            var p = r.GetString(0);
            if (!domainsByProject.TryGetValue(p, out var list))
            {
                list = [];
                domainsByProject[p] = list;
            }

            list.Add(string.Intern(r.GetString(1)));
        });
        var projectByRowid = new Dictionary<long, int>();
        ForEach(connection, tx, "SELECT rowid, id, start_year FROM projects ORDER BY rowid", r =>
        {
            var id = r.GetString(1);
            projectByRowid.Add(r.GetInt64(0), index.AddProject(id, r.IsDBNull(2) ? 0 : r.GetInt32(2), domainsByProject.TryGetValue(id, out var d) ? [.. d] : []));
        });
        cancellationToken.ThrowIfCancellationRequested();

        var actorProjects = new List<int>[index.ActorCount];
        var projectActors = new List<int>[index.ProjectCount];
        ForEach(connection, tx, "SELECT actor_no, project_no FROM participations", r =>
        {
            var a = actorByRowid[r.GetInt64(0)];
            var p = projectByRowid[r.GetInt64(1)];
            (actorProjects[a] ??= []).Add(p);
            (projectActors[p] ??= []).Add(a);
        });
        for (var a = 0; a < actorProjects.Length; a++)
        {
            if (actorProjects[a] is { } list)
            {
                list.Sort();
                index.SetActorProjects(a, [.. list]);
            }
        }

        for (var p = 0; p < projectActors.Length; p++)
        {
            if (projectActors[p] is { } list)
            {
                list.Sort();
                index.SetProjectActors(p, [.. list]);
            }
        }

        var partners = new Dictionary<int, List<int>>();
        ForEach(connection, tx, "SELECT actor_id, other_actor_id, first_year, last_year, evidence FROM declared_collaborations", r =>
        {
            var tie = new DeclaredCollaboration(r.GetString(0), r.GetString(1))
            {
                FirstYear = r.IsDBNull(2) ? null : r.GetInt32(2),
                LastYear = r.IsDBNull(3) ? null : r.GetInt32(3),
                Evidence = SqlRows.NullableString(r, 4),
            };
            var a = index.ActorIndex[tie.ActorId];
            var b = index.ActorIndex[tie.OtherActorId];
            index.Declared[GraphIndex.PairKey(a, b)] = tie;
            (partners.TryGetValue(a, out var la) ? la : partners[a] = []).Add(b);
            (partners.TryGetValue(b, out var lb) ? lb : partners[b] = []).Add(a);
        });
        foreach (var (a, list) in partners)
        {
            list.Sort();
            index.DeclaredPartners[a] = [.. list];
        }

        var all = Enumerable.Range(0, index.ActorCount).ToArray();
        foreach (var (a, ties) in GraphIndex.ComputeTies(index, all, parallelThreshold, cancellationToken))
        {
            index.SetTies(a, ties);
        }

        return index;
    }

    private static void ForEach(SqliteConnection connection, SqliteTransaction? tx, string sql, Action<SqliteDataReader> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }
}
