using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>The tables of the embedded store and the migrations between their versions (<c>PRAGMA user_version</c>).</summary>
internal static class SqliteSchema
{
    public const int CurrentVersion = 4;

    // Derived COLLABORATES_WITH is deliberately not a table: it grows with the square of a project's
    // size, only traversals and counts need it, and the adjacency index rebuilds it from participations
    // on open. Derived ACTIVE_IN is a table because filters need it in SQL and it is linear in participations.
    // Degree and project count are actor columns so SQL can sort and keyset-page by them.
    // Actors and projects have an explicit INTEGER PRIMARY KEY (no) because VACUUM may renumber
    // implicit rowids, and the search table and participations refer to it.
    // Participations also carry the rowids of their actor and project (actor_no, project_no) so the
    // index loads millions of them as integers instead of materialising two strings per row.
    private const string V1 = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO meta(key, value) VALUES ('version', 0);
        CREATE TABLE regions(
            id TEXT PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, country TEXT NOT NULL,
            level INTEGER NOT NULL, parent_id TEXT NULL, gosmart_role INTEGER NULL) WITHOUT ROWID;
        CREATE TABLE domains(id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NULL) WITHOUT ROWID;
        CREATE TABLE actors(
            no INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, name_folded TEXT NOT NULL, name_key TEXT NOT NULL,
            alt_folded TEXT NOT NULL, kind INTEGER NOT NULL, country TEXT NOT NULL, region_id TEXT NOT NULL,
            alt_names TEXT NOT NULL, short_name TEXT NULL, sme INTEGER NULL, city TEXT NULL, website TEXT NULL,
            pic TEXT NULL, degree INTEGER NOT NULL DEFAULT 0, project_count INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX actors_by_name ON actors(name_folded, id);
        CREATE INDEX actors_by_name_key ON actors(name_key);
        CREATE INDEX actors_by_degree ON actors(degree, id);
        CREATE INDEX actors_by_project_count ON actors(project_count, id);
        CREATE INDEX actors_by_region ON actors(region_id);
        CREATE INDEX actors_by_country ON actors(country);
        CREATE VIRTUAL TABLE actor_search USING fts5(name, other_names, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE projects(
            no INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, acronym TEXT NULL, title TEXT NULL, programme TEXT NULL,
            programme_parts TEXT NOT NULL, text_folded TEXT NOT NULL, start_date TEXT NOT NULL,
            end_date TEXT NULL, start_year INTEGER NULL, topic_code TEXT NULL, url TEXT NULL,
            s3_domain_ids TEXT NOT NULL);
        CREATE INDEX projects_by_start ON projects(start_date DESC, id);
        CREATE TABLE project_domains(
            project_id TEXT NOT NULL REFERENCES projects(id), domain_id TEXT NOT NULL,
            PRIMARY KEY(project_id, domain_id)) WITHOUT ROWID;
        CREATE INDEX project_domains_by_domain ON project_domains(domain_id);
        CREATE TABLE participations(
            actor_id TEXT NOT NULL REFERENCES actors(id), project_id TEXT NOT NULL REFERENCES projects(id),
            actor_no INTEGER NOT NULL, project_no INTEGER NOT NULL,
            role TEXT NOT NULL, contribution TEXT NULL, PRIMARY KEY(actor_id, project_id)) WITHOUT ROWID;
        CREATE INDEX participations_by_project ON participations(project_id, actor_id);
        CREATE TABLE declared_collaborations(
            actor_id TEXT NOT NULL REFERENCES actors(id), other_actor_id TEXT NOT NULL REFERENCES actors(id),
            first_year INTEGER NULL, last_year INTEGER NULL, evidence TEXT NULL,
            PRIMARY KEY(actor_id, other_actor_id)) WITHOUT ROWID;
        CREATE TABLE memberships(
            member_id TEXT NOT NULL REFERENCES actors(id), cluster_id TEXT NOT NULL REFERENCES actors(id),
            PRIMARY KEY(member_id, cluster_id)) WITHOUT ROWID;
        CREATE INDEX memberships_by_cluster ON memberships(cluster_id);
        CREATE TABLE declared_domains(
            actor_id TEXT NOT NULL REFERENCES actors(id), domain_id TEXT NOT NULL REFERENCES domains(id),
            PRIMARY KEY(actor_id, domain_id)) WITHOUT ROWID;
        CREATE INDEX declared_domains_by_domain ON declared_domains(domain_id);
        CREATE TABLE derived_domains(
            actor_id TEXT NOT NULL REFERENCES actors(id), domain_id TEXT NOT NULL, weight INTEGER NOT NULL,
            PRIMARY KEY(actor_id, domain_id)) WITHOUT ROWID;
        CREATE INDEX derived_domains_by_domain ON derived_domains(domain_id);
        CREATE TABLE region_priorities(
            region_id TEXT NOT NULL REFERENCES regions(id), domain_id TEXT NOT NULL REFERENCES domains(id),
            priority TEXT NOT NULL, PRIMARY KEY(region_id, domain_id)) WITHOUT ROWID;
        CREATE INDEX region_priorities_by_domain ON region_priorities(domain_id);
        """;

    // The audit log is append-only; its explicit key orders entries and pages them.
    private const string V2 = """
        CREATE TABLE audit_log(
            no INTEGER PRIMARY KEY, at TEXT NOT NULL, principal TEXT NOT NULL, operation TEXT NOT NULL,
            target_id TEXT NOT NULL, before TEXT NULL, after TEXT NULL);
        CREATE INDEX audit_log_by_target ON audit_log(target_id, no);
        """;

    // Declared collaborations carry their actors' row numbers, as participations do, so the index loads
    // ten million of them as integers rather than twenty million strings.
    private const string V3 = """
        ALTER TABLE declared_collaborations ADD COLUMN actor_no INTEGER NULL;
        ALTER TABLE declared_collaborations ADD COLUMN other_no INTEGER NULL;
        UPDATE declared_collaborations SET
            actor_no = (SELECT no FROM actors WHERE id = actor_id),
            other_no = (SELECT no FROM actors WHERE id = other_actor_id);
        """;

    // The adjacency index as read from the tables, stamped with the graph version it was read at, so an
    // unchanged store opens without reading every row (IndexImage). Chunked: one value is at most 1 GB.
    private const string V4 = """
        CREATE TABLE index_image(part INTEGER PRIMARY KEY, version INTEGER NOT NULL, data BLOB NOT NULL);
        """;

    /// <summary>Brings the file to <see cref="CurrentVersion"/>; each step runs in its own transaction.</summary>
    public static void Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"The store file has schema version {version}, newer than this build understands ({CurrentVersion}); upgrade the service or use another data directory.");
        }

        if (version < 1)
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, V1, tx);
            Execute(connection, "PRAGMA user_version = 1", tx);
            tx.Commit();
        }

        if (version < 2)
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, V2, tx);
            Execute(connection, "PRAGMA user_version = 2", tx);
            tx.Commit();
        }

        if (version < 3)
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, V3, tx);
            Execute(connection, "PRAGMA user_version = 3", tx);
            tx.Commit();
        }

        if (version < 4)
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, V4, tx);
            Execute(connection, "PRAGMA user_version = 4", tx);
            tx.Commit();
        }
    }

    public static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd.ExecuteScalar();
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }
}
