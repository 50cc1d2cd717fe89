using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// Checks an embedded store file: SQLite's own integrity and foreign-key checks, no dangling
/// relationship, and every derived value (degree, project count, derived ACTIVE_IN, the search
/// table) equal to what the relationships give. Used after a crash and by the CLI's <c>check</c>.
/// </summary>
public static class StoreConsistency
{
    private const int MaxReportedPerCheck = 10;

    private static readonly string[] CountedTables =
    [
        "regions", "domains", "actors", "projects", "participations", "declared_collaborations",
        "memberships", "declared_domains", "derived_domains", "region_priorities", "project_domains",
    ];

    /// <summary>
    /// Opens the store's file (replaying its write-ahead log, as opening the store would, but writing
    /// nothing else) and checks it. A missing file is reported as a problem, never created.
    /// </summary>
    public static Task<ConsistencyReport> CheckAsync(EmbeddedStoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(options.DatabasePath))
        {
            return Task.FromResult(new ConsistencyReport([$"There is no store file at {options.DatabasePath}."], new Dictionary<string, long>(), 0));
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        SqliteSchema.Execute(connection, "PRAGMA busy_timeout = 5000;");
        return Task.FromResult(Check(connection, cancellationToken));
    }

    internal static ConsistencyReport Check(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var integrity = Strings(connection, "PRAGMA integrity_check");
        if (integrity is not ["ok"])
        {
            problems.AddRange(integrity.Take(MaxReportedPerCheck).Select(p => "integrity: " + p));
            return new ConsistencyReport(problems, new Dictionary<string, long>(), 0);
        }

        var tables = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table'").ToHashSet(StringComparer.Ordinal);
        if (!tables.Contains("actors") || !tables.Contains("meta"))
        {
            problems.Add("The file is not a GoSmart store: it has no actors or meta table.");
            return new ConsistencyReport(problems, new Dictionary<string, long>(), 0);
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in CountedTables.Concat(tables.Contains("audit_log") ? ["audit_log"] : []))
        {
            counts[table] = Convert.ToInt64(SqliteSchema.Scalar(connection, $"SELECT count(*) FROM {table}"), CultureInfo.InvariantCulture);
        }

        var version = Convert.ToInt64(SqliteSchema.Scalar(connection, "SELECT value FROM meta WHERE key = 'version'") ?? 0L, CultureInfo.InvariantCulture);

        Report(problems, "dangling reference", Strings(connection,
            "SELECT \"table\" || ' row ' || rowid || ' refers to a missing ' || parent FROM pragma_foreign_key_check"));
        Report(problems, "dangling relationship", Strings(connection, """
            SELECT 'participation ' || actor_id || ' in ' || project_id FROM participations
            WHERE actor_no IS NOT (SELECT no FROM actors WHERE id = actor_id) OR project_no IS NOT (SELECT no FROM projects WHERE id = project_id)
            UNION ALL SELECT 'declared collaboration ' || actor_id || ' - ' || other_actor_id FROM declared_collaborations
            WHERE actor_id NOT IN (SELECT id FROM actors) OR other_actor_id NOT IN (SELECT id FROM actors) OR actor_id >= other_actor_id
                OR actor_no IS NOT (SELECT no FROM actors WHERE id = actor_id) OR other_no IS NOT (SELECT no FROM actors WHERE id = other_actor_id)
            UNION ALL SELECT 'membership ' || member_id || ' of ' || cluster_id FROM memberships
            WHERE member_id NOT IN (SELECT id FROM actors) OR cluster_id NOT IN (SELECT id FROM actors)
            UNION ALL SELECT 'declared domain ' || actor_id || ' in ' || domain_id FROM declared_domains
            WHERE actor_id NOT IN (SELECT id FROM actors) OR domain_id NOT IN (SELECT id FROM domains)
            UNION ALL SELECT 'derived domain of ' || actor_id FROM derived_domains WHERE actor_id NOT IN (SELECT id FROM actors)
            UNION ALL SELECT 'domain of project ' || project_id FROM project_domains WHERE project_id NOT IN (SELECT id FROM projects)
            """));
        Report(problems, "search table", Strings(connection, """
            SELECT 'actor ' || id || ' is not searchable' FROM actors WHERE no NOT IN (SELECT rowid FROM actor_search)
            UNION ALL SELECT 'search row ' || rowid || ' has no actor' FROM actor_search WHERE rowid NOT IN (SELECT no FROM actors)
            """));
        Report(problems, "project count", Strings(connection, """
            SELECT id || ' has project_count ' || project_count || ' but ' || (SELECT count(*) FROM participations p WHERE p.actor_id = a.id) || ' participations'
            FROM actors a WHERE project_count <> (SELECT count(*) FROM participations p WHERE p.actor_id = a.id)
            """));
        if (problems.Count > 0)
        {
            return new ConsistencyReport(problems, counts, version);
        }

        // The adjacency index derives ties and ACTIVE_IN from the relationships alone; the stored
        // degree and derived_domains must agree with it.
        var index = IndexLoader.Load(connection, null, cancellationToken);
        var stored = new Dictionary<string, (long Degree, Dictionary<string, long> Domains)>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, degree FROM actors";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                stored[reader.GetString(0)] = (reader.GetInt64(1), new Dictionary<string, long>(StringComparer.Ordinal));
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT actor_id, domain_id, weight FROM derived_domains";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                stored[reader.GetString(0)].Domains[reader.GetString(1)] = reader.GetInt64(2);
            }
        }

        var wrong = new List<string>();
        for (var a = 0; a < index.ActorCount; a++)
        {
            var (degree, domains) = stored[index.ActorIds[a]];
            if (degree != index.Ties[a].Length)
            {
                wrong.Add($"{index.ActorIds[a]} has degree {degree} but {index.Ties[a].Length} ties");
            }

            var derived = GraphIndex.ComputeDomains(index, a);
            if (derived.Length != domains.Count || derived.Any(d => domains.GetValueOrDefault(d.DomainId) != d.Weight))
            {
                wrong.Add($"{index.ActorIds[a]} has derived ACTIVE_IN that differs from its projects' domains");
            }
        }

        Report(problems, "derived value", wrong);

        // An image of the file's version would be read instead of the tables on the next open: it must agree with them.
        if (tables.Contains("index_image") && IndexImage.TryRead(connection, version, cancellationToken) is { } image)
        {
            Report(problems, "index image", IndexImage.Differences(image, index));
        }

        return new ConsistencyReport(problems, counts, version);
    }

    private static void Report(List<string> problems, string what, List<string> found)
    {
        problems.AddRange(found.Take(MaxReportedPerCheck).Select(f => $"{what}: {f}"));
        if (found.Count > MaxReportedPerCheck)
        {
            problems.Add($"{what}: and {found.Count - MaxReportedPerCheck} more");
        }
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.IsDBNull(0) ? "(null)" : Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return result;
    }
}
