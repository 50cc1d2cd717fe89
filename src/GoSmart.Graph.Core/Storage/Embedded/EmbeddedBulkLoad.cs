using System.Globalization;
using System.Text.Json;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Text;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// Loads a whole graph into an empty embedded store far faster than batches through
/// <see cref="EmbeddedGraphStore.ApplyAsync"/>: one transaction, plain prepared inserts with the row
/// numbers assigned here, the actors' secondary indexes dropped during the load and rebuilt once,
/// declared collaborations sorted by key before they are written (sequential B-tree inserts), and the
/// derived columns (degree, project count, derived ACTIVE_IN) computed once at the end. Nothing is
/// visible until <see cref="Complete"/> commits; disposing without it writes nothing. The store must
/// not be open elsewhere while loading; open it afterwards as usual.
/// </summary>
public sealed class EmbeddedBulkLoad : IDisposable
{
    // Indexes over what an actor is, built once the actors are in (while the relationships are still
    // being read), and over degree and project count, which only Complete knows.
    private static readonly string[] ActorLookupIndexes =
    [
        "CREATE INDEX actors_by_name ON actors(name_folded, id)",
        "CREATE INDEX actors_by_name_key ON actors(name_key)",
        "CREATE INDEX actors_by_region ON actors(region_id)",
        "CREATE INDEX actors_by_country ON actors(country)",
    ];

    private static readonly string[] ActorMetricIndexes =
    [
        "CREATE INDEX actors_by_degree ON actors(degree, id)",
        "CREATE INDEX actors_by_project_count ON actors(project_count, id)",
    ];

    private readonly SqliteConnection connection;
    private readonly StoreLock storeLock;
    private readonly SqliteTransaction tx;
    private readonly Dictionary<string, int> actorNo = new(StringComparer.Ordinal);
    private readonly List<string> actorIds = [];
    private readonly Dictionary<string, int> projectNo = new(StringComparer.Ordinal);
    private readonly List<string[]> projectDomains = [];
    private readonly List<long> participations = [];
    // Ten million ties as plain numbers, which the garbage collector never has to scan; the few with an
    // evidence text keep it beside, by position.
    private readonly List<(int A, int B, short First, short Last)> declared = [];
    private readonly Dictionary<int, string> evidence = [];
    private readonly RawStatement insertRegion;
    private readonly RawStatement insertDomain;
    private readonly RawStatement insertActor;
    private readonly RawStatement insertSearch;
    private readonly RawStatement insertProject;
    private readonly RawStatement insertProjectDomain;
    private readonly RawStatement insertParticipation;
    private readonly RawStatement insertMembership;
    private readonly RawStatement insertDeclaredDomain;
    private readonly RawStatement insertPriority;
    private readonly List<KeyValuePair<string, TimeSpan>> phases = [];
    private readonly System.Diagnostics.Stopwatch addClock = new();
    private bool completed;
    private bool lookupIndexesBuilt;
    private string? lastSource;
    private int lastSourceNo;

    private EmbeddedBulkLoad(SqliteConnection connection, StoreLock storeLock)
    {
        this.connection = connection;
        this.storeLock = storeLock;
        tx = connection.BeginTransaction();
        foreach (var name in new[] { "actors_by_name", "actors_by_name_key", "actors_by_degree", "actors_by_project_count", "actors_by_region", "actors_by_country" })
        {
            SqliteSchema.Execute(connection, $"DROP INDEX IF EXISTS {name}", tx);
        }

        insertRegion = Prepare("INSERT OR REPLACE INTO regions(id, code, name, country, level, parent_id, gosmart_role) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insertDomain = Prepare("INSERT OR REPLACE INTO domains(id, name, description) VALUES (?1, ?2, ?3)");
        insertActor = Prepare("""
            INSERT INTO actors(no, id, name, name_folded, name_key, alt_folded, kind, country, region_id, alt_names, short_name, sme, city, website, pic)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
            """);
        insertSearch = Prepare("INSERT INTO actor_search(rowid, name, other_names) VALUES (?1, ?2, ?3)");
        insertProject = Prepare("""
            INSERT INTO projects(no, id, acronym, title, programme, programme_parts, text_folded, start_date, end_date, start_year, topic_code, url, s3_domain_ids)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
            """);
        insertProjectDomain = Prepare("INSERT OR IGNORE INTO project_domains(project_id, domain_id) VALUES (?1, ?2)");
        insertParticipation = Prepare("INSERT INTO participations(actor_id, project_id, actor_no, project_no, role, contribution) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insertMembership = Prepare("INSERT OR IGNORE INTO memberships(member_id, cluster_id) VALUES (?1, ?2)");
        insertDeclaredDomain = Prepare("INSERT OR IGNORE INTO declared_domains(actor_id, domain_id) VALUES (?1, ?2)");
        insertPriority = Prepare("INSERT OR REPLACE INTO region_priorities(region_id, domain_id, priority) VALUES (?1, ?2, ?3)");
    }

    /// <summary>The regions and domains the store held before the load (an empty store may have them); relationships may name them.</summary>
    public IReadOnlyList<string> ExistingNodeIds { get; private set; } = [];

    /// <summary>Where the load spent its time: writing nodes as they came, then each step of <see cref="Complete"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, TimeSpan>> Phases => [KeyValuePair.Create("bulk: writer busy adding", addClock.Elapsed), .. phases];

    /// <summary>True when the store in <paramref name="options"/> does not exist yet or holds no actor and no project.</summary>
    public static bool CanLoad(EmbeddedStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(options.DatabasePath))
        {
            return true;
        }

        // Not while another process has the store open (a hot journal must not be rolled back under it).
        using var held = StoreLock.Acquire(options.DataDirectory, options.LockWait);

        // Read-write, not read-only: a load killed earlier left a hot journal, which only a writer rolls back.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = options.DatabasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        var version = Convert.ToInt32(SqliteSchema.Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        return version == 0
            || Convert.ToInt64(SqliteSchema.Scalar(connection, "SELECT (SELECT count(*) FROM actors) + (SELECT count(*) FROM projects)"), CultureInfo.InvariantCulture) == 0;
    }

    /// <summary>Starts a load into the store of <paramref name="options"/>, which must be empty (<see cref="CanLoad"/>).</summary>
    public static EmbeddedBulkLoad Begin(EmbeddedStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!CanLoad(options))
        {
            throw new InvalidOperationException($"The store in {options.DataDirectory} already holds actors or projects; a bulk load needs an empty store.");
        }

        var storeLock = StoreLock.Acquire(options.DataDirectory, options.LockWait);
        var fresh = !File.Exists(options.DatabasePath);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            if (fresh)
            {
                // Pages of 16 KiB instead of 4: the ten million sorted tie inserts at the end, the one part of
                // the load nothing runs beside, take about 40% less time (fewer pages to fill, split and
                // link). Only a new file can choose; an existing empty store keeps its page size.
                SqliteSchema.Execute(connection, "PRAGMA page_size = 16384");
            }

            // Foreign keys are checked by the loader's own lookups (an unknown id throws); a large page
            // cache keeps the B-trees being filled in memory. A rollback journal instead of the WAL: SQLite
            // journals only pages that existed before the transaction, so the pages of an empty store are
            // written once, straight into the file, instead of into the WAL and then again by the checkpoint;
            // a killed load leaves a hot journal that the next opening rolls back. Complete restores the WAL.
            SqliteSchema.Execute(connection, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = NORMAL; PRAGMA locking_mode = EXCLUSIVE; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -524288; PRAGMA temp_store = MEMORY;");
            SqliteSchema.Migrate(connection);
            if (options.MaxPageCount is { } pages)
            {
                SqliteSchema.Execute(connection, FormattableString.Invariant($"PRAGMA max_page_count = {pages}"));
            }

            var existing = new List<string>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT id FROM regions UNION ALL SELECT id FROM domains";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    existing.Add(reader.GetString(0));
                }
            }

            return new EmbeddedBulkLoad(connection, storeLock) { ExistingNodeIds = existing };
        }
        catch
        {
            connection.Dispose();
            storeLock.Dispose();
            throw;
        }
    }

    /// <summary>Writes a batch's nodes at once and keeps its relationships for <see cref="Complete"/> where their order matters.</summary>
    public void Add(GraphBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(completed, this);
        addClock.Start();
        try
        {
            AddBatch(batch, cancellationToken);
        }
        catch (Exception e) when (DiskFull.Is(e))
        {
            throw Full(e);
        }
        finally
        {
            addClock.Stop();
        }
    }

    private void AddBatch(GraphBatch batch, CancellationToken cancellationToken)
    {
        if (!lookupIndexesBuilt && batch.Actors.Count == 0 && actorIds.Count > 0)
        {
            // Importers send nodes before relationships: the first batch without actors after some with
            // them starts the relationships. Actors that still come later are indexed as they are inserted.
            BuildLookupIndexes();
        }

        foreach (var r in batch.Regions)
        {
            Run(insertRegion, r.Id, r.Code, r.Name, r.Country.ToUpperInvariant(), (int)r.Level, r.ParentId, r.GoSmartRole is { } role ? (int)role : null);
        }

        foreach (var d in batch.Domains)
        {
            Run(insertDomain, d.Id, d.Name, d.Description);
        }

        foreach (var a in batch.Actors)
        {
            var no = actorIds.Count + 1;
            if (!actorNo.TryAdd(a.Id, no - 1))
            {
                throw new ArgumentException($"actor {a.Id} appears twice in the load.", nameof(batch));
            }

            actorIds.Add(a.Id);
            var folded = TextFold.Fold(a.Name);
            var altFolded = string.Join('\n', a.AlternativeNames.Select(TextFold.Fold));
            insertActor.Bind(1, no).Bind(2, a.Id).Bind(3, a.Name).Bind(4, folded).Bind(5, SqlRows.NameKey(a.Name)).Bind(6, altFolded)
                .Bind(7, (int)a.Kind).Bind(8, a.Country.ToUpperInvariant()).Bind(9, a.RegionId)
                .Bind(10, a.AlternativeNames.Count == 0 ? "[]" : JsonSerializer.Serialize(a.AlternativeNames)).Bind(11, a.ShortName)
                .Bind(12, a.Sme is { } sme ? (sme ? 1 : 0) : null).Bind(13, a.City).Bind(14, a.Website).Bind(15, a.Pic).Run();
            insertSearch.Bind(1, no).Bind(2, folded).Bind(3, a.ShortName is null ? altFolded : TextFold.Fold(a.ShortName) + "\n" + altFolded).Run();
        }

        cancellationToken.ThrowIfCancellationRequested();
        foreach (var p in batch.Projects)
        {
            var no = projectDomains.Count + 1;
            if (!projectNo.TryAdd(p.Id, no - 1))
            {
                throw new ArgumentException($"project {p.Id} appears twice in the load.", nameof(batch));
            }

            var domains = p.S3DomainIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(string.Intern).ToArray();
            projectDomains.Add(domains);
            var text = TextFold.Fold((p.Acronym ?? string.Empty) + "\n" + (p.Title ?? string.Empty));
            Run(insertProject, no, p.Id, p.Acronym, p.Title, p.Programme, FilterSql.ProgrammeParts(p.Programme), text,
                SqlRows.FormatDate(p.StartDate), p.EndDate is null ? null : SqlRows.FormatDate(p.EndDate), p.StartYear, p.TopicCode, p.Url,
                JsonSerializer.Serialize(p.S3DomainIds));
            foreach (var d in domains)
            {
                insertProjectDomain.Bind(1, p.Id).Bind(2, d).Run();
            }
        }

        foreach (var p in batch.Participations)
        {
            var a = Actor(p.ActorId);
            var project = projectNo.TryGetValue(p.ProjectId, out var n) ? n : throw new ArgumentException($"participation in unknown project {p.ProjectId}.", nameof(batch));
            participations.Add(((long)a << 32) | (uint)project);
            insertParticipation.Bind(1, p.ActorId).Bind(2, p.ProjectId).Bind(3, a + 1).Bind(4, project + 1).Bind(5, p.Role)
                .Bind(6, SqlRows.FormatContribution(p.Contribution)).Run();
        }

        foreach (var c in batch.DeclaredCollaborations)
        {
            // In either order: Complete orders each pair by id (as ActorPair does) when it sorts them.
            var (a, b) = (SourceActor(c.ActorId), Actor(c.OtherActorId));
            if (a == b)
            {
                throw new ArgumentException($"actor {c.ActorId} cannot collaborate with itself.", nameof(batch));
            }

            if (c.Evidence is not null)
            {
                evidence.Add(declared.Count, c.Evidence);
            }

            declared.Add((a, b, checked((short)(c.FirstYear ?? 0)), checked((short)(c.LastYear ?? 0))));
        }

        foreach (var m in batch.Memberships)
        {
            Actor(m.MemberId);
            Actor(m.ClusterId);
            insertMembership.Bind(1, m.MemberId).Bind(2, m.ClusterId).Run();
        }

        foreach (var d in batch.DeclaredDomains)
        {
            SourceActor(d.ActorId);
            insertDeclaredDomain.Bind(1, d.ActorId).Bind(2, d.DomainId).Run();
        }

        foreach (var r in batch.RegionPriorities)
        {
            Run(insertPriority, r.RegionId, r.DomainId, r.Priority);
        }
    }

    /// <summary>Writes the collaborations in key order, the derived columns and the indexes, and commits.</summary>
    public void Complete(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(completed, this);
        using var stopDegrees = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var degrees = Task.Run(() => ComputeDegrees(stopDegrees.Token), stopDegrees.Token);
        try
        {
            WriteRest(degrees, cancellationToken);
        }
        catch (Exception e) when (DiskFull.Is(e))
        {
            throw Full(e);
        }
        finally
        {
            if (!degrees.IsCompleted)
            {
                // The load failed: the degrees are not needed, and nothing may outlive this call.
                stopDegrees.Cancel();
                try
                {
                    degrees.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                }
            }
        }
    }

    private void WriteRest(Task<(int[] Degrees, (int[] Offsets, int[] Items) ProjectsOf)> degrees, CancellationToken cancellationToken)
    {
        var lap = System.Diagnostics.Stopwatch.StartNew();
        var n = actorIds.Count;

        // Declared ties in the order of their text key (actor_id, other_actor_id): ranks of the ids.
        var byId = Enumerable.Range(0, n).ToArray();
        Array.Sort(byId, (x, y) => string.CompareOrdinal(actorIds[x], actorIds[y]));
        var rank = new int[n];
        for (var i = 0; i < n; i++)
        {
            rank[byId[i]] = i;
        }

        var keys = new long[declared.Count];
        var order = new int[declared.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var (a, b) = (rank[declared[i].A], rank[declared[i].B]);
            keys[i] = a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
            order[i] = i;
        }

        Array.Sort(keys, order);

        // Each id in UTF-8 once, rather than converted by SQLite for each of its twenty ties.
        var idStart = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            idStart[i + 1] = idStart[i] + System.Text.Encoding.UTF8.GetByteCount(actorIds[i]);
        }

        var idBytes = new byte[idStart[n]];
        for (var i = 0; i < n; i++)
        {
            System.Text.Encoding.UTF8.GetBytes(actorIds[i], idBytes.AsSpan(idStart[i]));
        }

        Lap("bulk: ties sorted", lap);
        using (var insert = Prepare("INSERT INTO declared_collaborations(actor_id, other_actor_id, actor_no, other_no, first_year, last_year, evidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"))
        {
            for (var k = 0; k < order.Length; k++)
            {
                if (k > 0 && keys[k] == keys[k - 1])
                {
                    var (a, b, _, _) = declared[order[k]];
                    throw new ArgumentException($"declared collaboration {actorIds[a]} - {actorIds[b]} appears twice in the load.");
                }

                var t = declared[order[k]];
                var (first, second) = rank[t.A] < rank[t.B] ? (t.A, t.B) : (t.B, t.A);
                insert.BindUtf8(1, idBytes.AsSpan(idStart[first], idStart[first + 1] - idStart[first]))
                    .BindUtf8(2, idBytes.AsSpan(idStart[second], idStart[second + 1] - idStart[second])).Bind(3, first + 1).Bind(4, second + 1)
                    .Bind(5, t.First == 0 ? null : t.First).Bind(6, t.Last == 0 ? null : t.Last).Bind(7, evidence.GetValueOrDefault(order[k])).Run();
                if ((k & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        Lap("bulk: ties written", lap);
        var (degreeOf, projectsOf) = degrees.GetAwaiter().GetResult();
        WriteDerived(degreeOf, projectsOf, cancellationToken);
        Lap("bulk: degrees, derived domains", lap);
        if (!lookupIndexesBuilt)
        {
            BuildLookupIndexes();
        }

        foreach (var sql in ActorMetricIndexes)
        {
            SqliteSchema.Execute(connection, sql, tx);
        }

        Lap("bulk: actor metric indexes", lap);
        SqliteSchema.Execute(connection, "UPDATE meta SET value = value + 1 WHERE key = 'version'", tx);
        tx.Commit();
        completed = true;
        Lap("bulk: commit", lap);
        SqliteSchema.Execute(connection, "PRAGMA locking_mode = NORMAL; PRAGMA journal_mode = WAL;");
        Lap("bulk: back to the WAL", lap);
    }

    private void BuildLookupIndexes()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var sql in ActorLookupIndexes)
        {
            SqliteSchema.Execute(connection, sql, tx);
        }

        lookupIndexesBuilt = true;
        phases.Add(KeyValuePair.Create("bulk: actor lookup indexes", clock.Elapsed));
    }

    // Nothing is committed before Complete, so a full disk loses nothing: disposing rolls the load back whole.
    private StoreFullException Full(Exception e) => new(
        $"The disk of the store {connection.DataSource} is full ({e.Message}); nothing of the load was stored and the store is as empty as before. Free disk space, then import again.", e);

    private void Lap(string phase, System.Diagnostics.Stopwatch lap)
    {
        phases.Add(KeyValuePair.Create(phase, lap.Elapsed));
        lap.Restart();
    }

    public void Dispose()
    {
        foreach (var command in new[] { insertRegion, insertDomain, insertActor, insertSearch, insertProject, insertProjectDomain, insertParticipation, insertMembership, insertDeclaredDomain, insertPriority })
        {
            command.Dispose();
        }

        tx.Dispose();
        connection.Dispose();
        storeLock.Dispose();
    }

    /// <summary>Degree of every actor: distinct partners through projects or declarations. Reads only memory, so it runs beside the tie inserts.</summary>
    private (int[] Degrees, (int[] Offsets, int[] Items) ProjectsOf) ComputeDegrees(CancellationToken cancellationToken)
    {
        var n = actorIds.Count;
        var projectsOf = Csr(n, participations, p => (int)(p >> 32), p => (int)(p & 0xFFFFFFFF));
        var actorsOf = Csr(projectDomains.Count, participations, p => (int)(p & 0xFFFFFFFF), p => (int)(p >> 32));
        var partnersOf = DeclaredPartners(n);
        var degrees = new int[n];
        var stamp = new int[n];
        for (var a = 0; a < n; a++)
        {
            var degree = 0;
            var mark = a + 1;
            stamp[a] = mark;
            foreach (var p in Row(projectsOf, a))
            {
                foreach (var b in Row(actorsOf, p))
                {
                    if (stamp[b] != mark)
                    {
                        stamp[b] = mark;
                        degree++;
                    }
                }
            }

            foreach (var b in Row(partnersOf, a))
            {
                if (stamp[b] != mark)
                {
                    stamp[b] = mark;
                    degree++;
                }
            }

            degrees[a] = degree;
            if ((a & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return (degrees, projectsOf);
    }

    /// <summary>Writes degree and project count, and the derived ACTIVE_IN (domains of an actor's projects, weighted by how many).</summary>
    private void WriteDerived(int[] degrees, (int[] Offsets, int[] Items) projectsOf, CancellationToken cancellationToken)
    {
        var n = actorIds.Count;
        using var counts = Prepare("UPDATE actors SET degree = ?2, project_count = ?3 WHERE no = ?1");
        using var derived = Prepare("INSERT INTO derived_domains(actor_id, domain_id, weight) VALUES (?1, ?2, ?3)");
        var domainCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < n; a++)
        {
            var projects = Row(projectsOf, a);
            if (degrees[a] > 0 || projects.Length > 0)
            {
                counts.Bind(1, a + 1).Bind(2, degrees[a]).Bind(3, projects.Length).Run();
            }

            if (projects.Length > 0)
            {
                domainCounts.Clear();
                foreach (var p in projects)
                {
                    foreach (var d in projectDomains[p])
                    {
                        domainCounts[d] = domainCounts.GetValueOrDefault(d) + 1;
                    }
                }

                foreach (var (d, weight) in domainCounts)
                {
                    derived.Bind(1, actorIds[a]).Bind(2, d).Bind(3, weight).Run();
                }
            }

            if ((a & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Both ends' partners of the declared ties, straight from the list (no list of twenty million ends).</summary>
    private (int[] Offsets, int[] Items) DeclaredPartners(int n)
    {
        var offsets = new int[n + 1];
        foreach (var (a, b, _, _) in declared)
        {
            offsets[a + 1]++;
            offsets[b + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var items = new int[offsets[n]];
        var next = (int[])offsets.Clone();
        foreach (var (a, b, _, _) in declared)
        {
            items[next[a]++] = b;
            items[next[b]++] = a;
        }

        return (offsets, items);
    }

    private static (int[] Offsets, int[] Items) Csr(int size, List<long> pairs, Func<long, int> from, Func<long, int> to)
    {
        var offsets = new int[size + 1];
        foreach (var p in pairs)
        {
            offsets[from(p) + 1]++;
        }

        for (var i = 0; i < size; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var items = new int[pairs.Count];
        var next = (int[])offsets.Clone();
        foreach (var p in pairs)
        {
            items[next[from(p)]++] = to(p);
        }

        return (offsets, items);
    }

    private static ReadOnlySpan<int> Row((int[] Offsets, int[] Items) csr, int i) =>
        csr.Items.AsSpan(csr.Offsets[i], csr.Offsets[i + 1] - csr.Offsets[i]);

    /// <summary>
    /// <see cref="Actor"/> for the first end of relationships, which files usually group by it: the same
    /// string as the row before (importers pass each id as one instance) is answered without a lookup.
    /// </summary>
    private int SourceActor(string id)
    {
        if (!ReferenceEquals(id, lastSource))
        {
            lastSourceNo = Actor(id);
            lastSource = id;
        }

        return lastSourceNo;
    }

    private int Actor(string id) =>
        actorNo.TryGetValue(id, out var a) ? a : throw new ArgumentException($"{id} is not an actor of the load.", nameof(id));

    private RawStatement Prepare(string sql) => new(connection, sql);

    private static void Run(RawStatement statement, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _ = values[i] switch
            {
                null => statement.BindNull(i + 1),
                string text => statement.Bind(i + 1, text),
                int number => statement.Bind(i + 1, number),
                long number => statement.Bind(i + 1, number),
                var other => throw new ArgumentException($"cannot bind a {other.GetType().Name}", nameof(values)),
            };
        }

        statement.Run();
    }
}
