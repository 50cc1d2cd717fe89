using System.Text.Json;
using GoSmart.Graph.Core.Text;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>Writes a staged batch inside one transaction with prepared statements, one per kind of row.</summary>
internal static class SqlBatchWriter
{
    public static void Write(SqliteConnection connection, SqliteTransaction tx, StagedBatch staged, CancellationToken cancellationToken)
    {
        var batch = staged.Batch;

        using (var upsert = Prepare(connection, tx, """
            INSERT INTO regions(id, code, name, country, level, parent_id, gosmart_role) VALUES ($0, $1, $2, $3, $4, $5, $6)
            ON CONFLICT(id) DO UPDATE SET code = excluded.code, name = excluded.name, country = excluded.country,
                level = excluded.level, parent_id = excluded.parent_id, gosmart_role = excluded.gosmart_role
            """, 7))
        {
            foreach (var r in batch.Regions)
            {
                Run(upsert, cancellationToken, r.Id, r.Code, r.Name, r.Country.ToUpperInvariant(), (int)r.Level, r.ParentId, r.GoSmartRole is { } role ? (int)role : null);
            }
        }

        using (var upsert = Prepare(connection, tx, """
            INSERT INTO domains(id, name, description) VALUES ($0, $1, $2)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, description = excluded.description
            """, 3))
        {
            foreach (var d in batch.Domains)
            {
                Run(upsert, cancellationToken, d.Id, d.Name, d.Description);
            }
        }

        WriteActors(connection, tx, staged, cancellationToken);
        WriteProjects(connection, tx, staged, cancellationToken);

        using (var upsert = Prepare(connection, tx, """
            INSERT INTO participations(actor_id, project_id, actor_no, project_no, role, contribution)
            VALUES ($0, $1, (SELECT rowid FROM actors WHERE id = $0), (SELECT rowid FROM projects WHERE id = $1), $2, $3)
            ON CONFLICT(actor_id, project_id) DO UPDATE SET role = excluded.role, contribution = excluded.contribution
            """, 4))
        {
            foreach (var p in batch.Participations)
            {
                Run(upsert, cancellationToken, p.ActorId, p.ProjectId, p.Role, SqlRows.FormatContribution(p.Contribution));
            }
        }

        using (var upsert = Prepare(connection, tx, """
            INSERT INTO declared_collaborations(actor_id, other_actor_id, actor_no, other_no, first_year, last_year, evidence)
            VALUES ($0, $1, (SELECT no FROM actors WHERE id = $0), (SELECT no FROM actors WHERE id = $1), $2, $3, $4)
            ON CONFLICT(actor_id, other_actor_id) DO UPDATE SET first_year = excluded.first_year,
                last_year = excluded.last_year, evidence = excluded.evidence
            """, 5))
        {
            foreach (var c in batch.DeclaredCollaborations)
            {
                var pair = new ActorPair(c.ActorId, c.OtherActorId);
                Run(upsert, cancellationToken, pair.First, pair.Second, c.FirstYear, c.LastYear, c.Evidence);
            }
        }

        using (var insert = Prepare(connection, tx, "INSERT OR IGNORE INTO memberships(member_id, cluster_id) VALUES ($0, $1)", 2))
        {
            foreach (var m in batch.Memberships)
            {
                Run(insert, cancellationToken, m.MemberId, m.ClusterId);
            }
        }

        using (var insert = Prepare(connection, tx, "INSERT OR IGNORE INTO declared_domains(actor_id, domain_id) VALUES ($0, $1)", 2))
        {
            foreach (var d in batch.DeclaredDomains)
            {
                Run(insert, cancellationToken, d.ActorId, d.DomainId);
            }
        }

        using (var upsert = Prepare(connection, tx, """
            INSERT INTO region_priorities(region_id, domain_id, priority) VALUES ($0, $1, $2)
            ON CONFLICT(region_id, domain_id) DO UPDATE SET priority = excluded.priority
            """, 3))
        {
            foreach (var r in batch.RegionPriorities)
            {
                Run(upsert, cancellationToken, r.RegionId, r.DomainId, r.Priority);
            }
        }

        WriteDerived(connection, tx, staged, cancellationToken);
        SqliteSchema.Execute(connection, "UPDATE meta SET value = value + 1 WHERE key = 'version'", tx);
    }

    private static void WriteActors(SqliteConnection connection, SqliteTransaction tx, StagedBatch staged, CancellationToken cancellationToken)
    {
        using var upsert = Prepare(connection, tx, """
            INSERT INTO actors(id, name, name_folded, name_key, alt_folded, kind, country, region_id, alt_names, short_name, sme, city, website, pic)
            VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, name_folded = excluded.name_folded, name_key = excluded.name_key,
                alt_folded = excluded.alt_folded, kind = excluded.kind, country = excluded.country, region_id = excluded.region_id,
                alt_names = excluded.alt_names, short_name = excluded.short_name, sme = excluded.sme, city = excluded.city,
                website = excluded.website, pic = excluded.pic
            RETURNING rowid
            """, 14);
        using var unindex = Prepare(connection, tx, "DELETE FROM actor_search WHERE rowid = $0", 1);
        using var index = Prepare(connection, tx, "INSERT INTO actor_search(rowid, name, other_names) VALUES ($0, $1, $2)", 3);
        foreach (var a in staged.Batch.Actors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folded = TextFold.Fold(a.Name);
            var altFolded = string.Join('\n', a.AlternativeNames.Select(TextFold.Fold));
            Bind(upsert, a.Id, a.Name, folded, SqlRows.NameKey(a.Name), altFolded, (int)a.Kind, a.Country.ToUpperInvariant(), a.RegionId,
                JsonSerializer.Serialize(a.AlternativeNames), a.ShortName, a.Sme is { } sme ? (sme ? 1 : 0) : null, a.City, a.Website, a.Pic);
            var rowid = (long)upsert.ExecuteScalar()!;
            Run(unindex, cancellationToken, rowid);
            var other = a.ShortName is null ? altFolded : TextFold.Fold(a.ShortName) + "\n" + altFolded;
            Run(index, cancellationToken, rowid, folded, other);
        }
    }

    private static void WriteProjects(SqliteConnection connection, SqliteTransaction tx, StagedBatch staged, CancellationToken cancellationToken)
    {
        using var upsert = Prepare(connection, tx, """
            INSERT INTO projects(id, acronym, title, programme, programme_parts, text_folded, start_date, end_date, start_year, topic_code, url, s3_domain_ids)
            VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            ON CONFLICT(id) DO UPDATE SET acronym = excluded.acronym, title = excluded.title, programme = excluded.programme,
                programme_parts = excluded.programme_parts, text_folded = excluded.text_folded, start_date = excluded.start_date,
                end_date = excluded.end_date, start_year = excluded.start_year, topic_code = excluded.topic_code,
                url = excluded.url, s3_domain_ids = excluded.s3_domain_ids
            """, 12);
        using var clearDomains = Prepare(connection, tx, "DELETE FROM project_domains WHERE project_id = $0", 1);
        using var addDomain = Prepare(connection, tx, "INSERT OR IGNORE INTO project_domains(project_id, domain_id) VALUES ($0, $1)", 2);
        foreach (var p in staged.Batch.Projects)
        {
            var text = TextFold.Fold((p.Acronym ?? string.Empty) + "\n" + (p.Title ?? string.Empty));
            Run(upsert, cancellationToken, p.Id, p.Acronym, p.Title, p.Programme, FilterSql.ProgrammeParts(p.Programme), text,
                SqlRows.FormatDate(p.StartDate), p.EndDate is null ? null : SqlRows.FormatDate(p.EndDate), p.StartYear, p.TopicCode, p.Url,
                JsonSerializer.Serialize(p.S3DomainIds));
            Run(clearDomains, cancellationToken, p.Id);
            foreach (var d in p.S3DomainIds)
            {
                Run(addDomain, cancellationToken, p.Id, d);
            }
        }
    }

    private static void WriteDerived(SqliteConnection connection, SqliteTransaction tx, StagedBatch staged, CancellationToken cancellationToken)
    {
        using (var counts = Prepare(connection, tx, "UPDATE actors SET degree = $1, project_count = $2 WHERE id = $0", 3))
        {
            foreach (var a in staged.Ties.Keys.Union(staged.ProjectCountChanged))
            {
                Run(counts, cancellationToken, staged.ActorIdOf(a), staged.DegreeOf(a), staged.ProjectsOf(a).Length);
            }
        }

        using var clear = Prepare(connection, tx, "DELETE FROM derived_domains WHERE actor_id = $0", 1);
        using var add = Prepare(connection, tx, "INSERT INTO derived_domains(actor_id, domain_id, weight) VALUES ($0, $1, $2)", 3);
        foreach (var (a, domains) in staged.DerivedDomains)
        {
            var id = staged.ActorIdOf(a);
            Run(clear, cancellationToken, id);
            foreach (var (domainId, weight) in domains)
            {
                Run(add, cancellationToken, id, domainId, weight);
            }
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, int parameterCount)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        for (var i = 0; i < parameterCount; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static void Run(SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Bind(command, values);
        command.ExecuteNonQuery();
    }
}
