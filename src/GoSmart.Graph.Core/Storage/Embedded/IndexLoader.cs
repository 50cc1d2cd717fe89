using System.Diagnostics;
using System.Globalization;
using GoSmart.Graph.Core.Model;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>Builds the adjacency index from the SQLite file on open; derived ties are recomputed, not read.</summary>
/// <remarks>
/// A million actors and ten million declared ties are read as integers into flat arrays (no object per
/// row), through <see cref="SqlScan"/>, and turned into per-actor arrays by counting, so loading costs
/// a few passes over arrays rather than a dictionary entry per tie.
/// </remarks>
internal static class IndexLoader
{
    public const int DefaultBesideThreshold = 50_000;

    // Declared ties are keyed by the lesser actor id of the pair, so with ties spread evenly the first
    // 1 - 1/sqrt(2) of the ids hold half of them: the split between the two reading connections.
    private const double DeclaredSplit = 0.293;

    /// <param name="tx">The open transaction of <paramref name="connection"/>, when the index is rebuilt inside one.</param>
    /// <param name="phases">Receives each step's duration, when given.</param>
    /// <param name="useImage">
    /// Reads the <see cref="IndexImage"/> image when it is stamped with the file's version. Never inside a
    /// transaction: its uncommitted changes have not raised the version yet.
    /// </param>
    /// <param name="besideThreshold">From this many actors, declared ties are read on two more connections while this one reads the actors.</param>
    public static GraphIndex Load(
        SqliteConnection connection,
        SqliteTransaction? tx,
        CancellationToken cancellationToken,
        List<OpenPhase>? phases = null,
        bool useImage = false,
        int besideThreshold = DefaultBesideThreshold)
    {
        if (useImage && tx is not null)
        {
            throw new ArgumentException("The index image cannot be read inside a write transaction.", nameof(useImage));
        }

        // One read transaction, so every table is read at the same version even if another process writes.
        var own = tx is null ? connection.BeginTransaction(deferred: true) : null;
        try
        {
            // Other connections see only committed data: never beside a caller's write transaction.
            return Load(connection, tx ?? own!, new PhaseClock(phases), useImage, tx is null ? besideThreshold : int.MaxValue, cancellationToken);
        }
        finally
        {
            own?.Dispose();
        }
    }

    private static GraphIndex Load(
        SqliteConnection connection, SqliteTransaction tx, PhaseClock clock, bool useImage, int besideThreshold, CancellationToken cancellationToken)
    {
        var version = Convert.ToInt64(SqliteSchema.Scalar(connection, "SELECT value FROM meta WHERE key = 'version'", tx), CultureInfo.InvariantCulture);
        var image = useImage ? IndexImage.TryRead(connection, version, cancellationToken) : null;
        if (image is not null)
        {
            clock.Lap(OpenPhase.ImageRead);
        }
        else if (useImage)
        {
            clock.Lap(OpenPhase.ImageMissing);
        }

        var index = image ?? new GraphIndex { Version = version };
        ReadRegionsAndDomains(connection, tx, index);
        if (image is null)
        {
            LoadTables(connection, tx, index, clock, besideThreshold, cancellationToken);
        }

        GraphIndex.ComputeAllTies(index, index.Ties, cancellationToken);
        clock.Lap("ties derived");
        return index;
    }

    private static void ReadRegionsAndDomains(SqliteConnection connection, SqliteTransaction tx, GraphIndex index)
    {
        ForEach(connection, tx, "SELECT id, code, name, country, level, parent_id, gosmart_role FROM regions", r =>
        {
            var region = SqlRows.ReadRegion(r);
            index.Regions[region.Id] = region;
        });
        ForEach(connection, tx, "SELECT id FROM domains", r => index.DomainIds.Add(r.GetString(0)));
    }

    private static void LoadTables(
        SqliteConnection connection, SqliteTransaction tx, GraphIndex index, PhaseClock clock, int besideThreshold, CancellationToken cancellationToken)
    {
        var actorCount = Count(connection, tx, "SELECT count(*) FROM actors");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var beside = actorCount >= besideThreshold ? StartReadingDeclared(connection, tx, index.Version, actorCount, stop.Token) : null;
        RowNumbers actorByNo;
        try
        {
            actorByNo = new RowNumbers(connection, tx, "actors", actorCount);
            index.EnsureActorCapacity(actorCount);
            var pool = new Dictionary<string, string>(StringComparer.Ordinal);
            using (var scan = new SqlScan(connection, "SELECT no, id, kind, country, region_id FROM actors ORDER BY no"))
            {
                while (scan.Read())
                {
                    var a = index.AddActor(scan.String(1), (ActorKind)scan.Int32(2), scan.Pooled(3, pool), scan.Pooled(4, pool));
                    actorByNo.Set(scan.Int64(0), a);
                }
            }

            clock.Lap("actors");
            cancellationToken.ThrowIfCancellationRequested();

            LoadProjects(connection, tx, index, actorByNo);
            clock.Lap("projects and participations");
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch
        {
            if (beside is not null)
            {
                stop.Cancel();
                Task.WhenAll(beside).ContinueWith(_ => { }, TaskScheduler.Default).Wait(CancellationToken.None);
            }

            throw;
        }

        var parts = beside is null ? null : Task.WhenAll(beside).GetAwaiter().GetResult();
        List<DeclaredRows> declared;
        if (parts is not null && parts.All(p => p is not null))
        {
            declared = [.. parts.Select(p => p!)];
            foreach (var part in declared)
            {
                part.MapNumbers(actorByNo);
            }

            clock.Lap("declared ties read beside the actors");
        }
        else
        {
            declared = [ReadDeclared(connection, actorByNo)];
            clock.Lap("declared ties read");
        }

        // Rows without numbers exist only if the file was edited by hand; their ids still name the actors.
        var unnumbered = new DeclaredRows();
        ForEach(connection, tx, """
            SELECT actor_id, other_actor_id, coalesce(first_year, 0), coalesce(last_year, 0)
            FROM declared_collaborations WHERE actor_no IS NULL OR other_no IS NULL
            """, r => unnumbered.Add(index.ActorIndex[r.GetString(0)], index.ActorIndex[r.GetString(1)], new DeclaredYears((ushort)r.GetInt32(2), (ushort)r.GetInt32(3))));
        declared.Add(unnumbered);
        BuildDeclared(index, declared, cancellationToken);
        clock.Lap("declared partners");
    }

    /// <summary>
    /// Reads the numbered declared ties in two key ranges on two read-only connections. A part is null when
    /// its connection sees another version than <paramref name="version"/> (a write committed meanwhile)
    /// or a row number too large for an int: the caller then reads them itself.
    /// </summary>
    private static Task<DeclaredRows?>[] StartReadingDeclared(
        SqliteConnection connection, SqliteTransaction tx, long version, int actorCount, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT id FROM actors ORDER BY id LIMIT 1 OFFSET $skip";
        command.Parameters.AddWithValue("$skip", (int)(actorCount * DeclaredSplit));
        if (command.ExecuteScalar() is not string split)
        {
            return [Task.FromResult<DeclaredRows?>(null)];
        }

        var connectionString = new SqliteConnectionStringBuilder(connection.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        const string Numbered = """
            SELECT actor_no, other_no, coalesce(first_year, 0), coalesce(last_year, 0)
            FROM declared_collaborations WHERE actor_no IS NOT NULL AND other_no IS NOT NULL AND actor_id
            """;
        return
        [
            Task.Run(() => ReadDeclaredNumbers(connectionString, version, Numbered + " < $split", split, cancellationToken), cancellationToken),
            Task.Run(() => ReadDeclaredNumbers(connectionString, version, Numbered + " >= $split", split, cancellationToken), cancellationToken),
        ];
    }

    private static DeclaredRows? ReadDeclaredNumbers(string connectionString, long version, string sql, string split, CancellationToken cancellationToken)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var tx = connection.BeginTransaction(deferred: true);
        if (Convert.ToInt64(SqliteSchema.Scalar(connection, "SELECT value FROM meta WHERE key = 'version'", tx), CultureInfo.InvariantCulture) != version)
        {
            return null;
        }

        var rows = new DeclaredRows();
        using var scan = new SqlScan(connection, sql);
        scan.Bind(1, split);
        while (scan.Read())
        {
            var (a, b) = (scan.Int64(0), scan.Int64(1));
            if (a is < 0 or > int.MaxValue || b is < 0 or > int.MaxValue)
            {
                return null;
            }

            rows.Add((int)a, (int)b, new DeclaredYears((ushort)scan.Int32(2), (ushort)scan.Int32(3)));
            if ((rows.Count & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return rows;
    }

    private static void LoadProjects(SqliteConnection connection, SqliteTransaction tx, GraphIndex index, RowNumbers actorByNo)
    {
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

        var projectCount = Count(connection, tx, "SELECT count(*) FROM projects");
        var projectByNo = new RowNumbers(connection, tx, "projects", projectCount);
        using (var scan = new SqlScan(connection, "SELECT no, id, start_year FROM projects ORDER BY no"))
        {
            while (scan.Read())
            {
                var id = scan.String(1);
                var p = index.AddProject(id, scan.IsNull(2) ? 0 : scan.Int32(2), domainsByProject.TryGetValue(id, out var d) ? [.. d] : []);
                projectByNo.Set(scan.Int64(0), p);
            }
        }

        var actorProjects = new List<int>[index.ActorCount];
        var projectActors = new List<int>[index.ProjectCount];
        using (var scan = new SqlScan(connection, "SELECT actor_no, project_no FROM participations"))
        {
            while (scan.Read())
            {
                var a = actorByNo[scan.Int64(0)];
                var p = projectByNo[scan.Int64(1)];
                (actorProjects[a] ??= []).Add(p);
                (projectActors[p] ??= []).Add(a);
            }
        }

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
    }

    /// <summary>The numbered declared ties as two actor indexes and the years, in three flat arrays.</summary>
    private static DeclaredRows ReadDeclared(SqliteConnection connection, RowNumbers actorByNo)
    {
        var rows = new DeclaredRows();
        using var scan = new SqlScan(connection, """
            SELECT actor_no, other_no, coalesce(first_year, 0), coalesce(last_year, 0)
            FROM declared_collaborations WHERE actor_no IS NOT NULL AND other_no IS NOT NULL
            """);
        while (scan.Read())
        {
            rows.Add(actorByNo[scan.Int64(0)], actorByNo[scan.Int64(1)], new DeclaredYears((ushort)scan.Int32(2), (ushort)scan.Int32(3)));
        }

        return rows;
    }

    /// <summary>Distributes the declared ties to both their actors by counting, then sorts each actor's partners with their years.</summary>
    private static void BuildDeclared(GraphIndex index, List<DeclaredRows> parts, CancellationToken cancellationToken)
    {
        var count = new int[index.ActorCount];
        foreach (var rows in parts)
        {
            for (var k = 0; k < rows.Count; k++)
            {
                count[rows.From[k]]++;
                count[rows.To[k]]++;
            }
        }

        var partners = new int[index.ActorCount][];
        var years = new DeclaredYears[index.ActorCount][];
        for (var a = 0; a < partners.Length; a++)
        {
            partners[a] = count[a] == 0 ? [] : new int[count[a]];
            years[a] = count[a] == 0 ? [] : new DeclaredYears[count[a]];
            count[a] = 0;
        }

        foreach (var rows in parts)
        {
            for (var k = 0; k < rows.Count; k++)
            {
                var (a, b, y) = (rows.From[k], rows.To[k], rows.Years[k]);
                partners[a][count[a]] = b;
                years[a][count[a]++] = y;
                partners[b][count[b]] = a;
                years[b][count[b]++] = y;
            }

            rows.Release();
        }

        Parallel.For(0, partners.Length, new ParallelOptions { CancellationToken = cancellationToken }, a =>
        {
            var (p, y) = (partners[a], years[a]);
            if (p.Length > 1)
            {
                Array.Sort(p, y);
                (p, y) = Distinct(p, y);
            }

            index.SetDeclared(a, p, y);
        });
    }

    /// <summary>Drops repeated partners of a sorted array (a pair stored both ways by hand), the last one's years winning.</summary>
    private static (int[], DeclaredYears[]) Distinct(int[] partners, DeclaredYears[] years)
    {
        var n = 1;
        for (var k = 1; k < partners.Length; k++)
        {
            if (partners[k] == partners[n - 1])
            {
                years[n - 1] = years[k];
            }
            else
            {
                partners[n] = partners[k];
                years[n++] = years[k];
            }
        }

        return n == partners.Length ? (partners, years) : (partners[..n], years[..n]);
    }

    private static int Count(SqliteConnection connection, SqliteTransaction tx, string sql) =>
        Convert.ToInt32(SqliteSchema.Scalar(connection, sql, tx), CultureInfo.InvariantCulture);

    private static void ForEach(SqliteConnection connection, SqliteTransaction tx, string sql, Action<SqliteDataReader> row)
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

    /// <summary>Row number to index: an array when the numbers are dense (they are, unless many rows were deleted), else a dictionary.</summary>
    private sealed class RowNumbers
    {
        private readonly int[]? dense;
        private readonly Dictionary<long, int>? sparse;

        public RowNumbers(SqliteConnection connection, SqliteTransaction tx, string table, int count)
        {
            var max = Convert.ToInt64(SqliteSchema.Scalar(connection, $"SELECT coalesce(max(no), 0) FROM {table}", tx), CultureInfo.InvariantCulture);
            if (max <= (4L * count) + 1024)
            {
                dense = new int[max + 1];
                Array.Fill(dense, -1);
            }
            else
            {
                sparse = new Dictionary<long, int>(count);
            }
        }

        public int this[long no] => dense is not null
            ? (no >= 0 && no < dense.Length && dense[no] >= 0 ? dense[no] : throw new KeyNotFoundException($"No row numbered {no}."))
            : sparse![no];

        public void Set(long no, int index)
        {
            if (dense is not null)
            {
                dense[no] = index;
            }
            else
            {
                sparse![no] = index;
            }
        }
    }

    private sealed class DeclaredRows
    {
        public int[] From { get; private set; } = new int[1024];

        public int[] To { get; private set; } = new int[1024];

        public DeclaredYears[] Years { get; private set; } = new DeclaredYears[1024];

        public int Count { get; private set; }

        public void Add(int from, int to, DeclaredYears years)
        {
            if (Count == From.Length)
            {
                From = GraphIndex.Grow(From, Count * 2);
                To = GraphIndex.Grow(To, Count * 2);
                Years = GraphIndex.Grow(Years, Count * 2);
            }

            From[Count] = from;
            To[Count] = to;
            Years[Count++] = years;
        }

        public void Release() => (From, To, Years, Count) = ([], [], [], 0);

        /// <summary>Turns row numbers read beside the actors into actor indexes, once the actors are read.</summary>
        public void MapNumbers(RowNumbers actorByNo)
        {
            for (var k = 0; k < Count; k++)
            {
                From[k] = actorByNo[From[k]];
                To[k] = actorByNo[To[k]];
            }
        }
    }

    private sealed class PhaseClock(List<OpenPhase>? phases)
    {
        private readonly Stopwatch watch = Stopwatch.StartNew();

        public void Lap(string name)
        {
            phases?.Add(new OpenPhase(name, watch.Elapsed));
            watch.Restart();
        }
    }
}
