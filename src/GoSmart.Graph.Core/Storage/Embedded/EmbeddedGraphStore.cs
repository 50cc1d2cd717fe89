using GoSmart.Graph.Core.Model;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// The embedded store: a SQLite file (WAL) is the durable truth, and a compact in-memory adjacency
/// index, rebuilt on open and kept in step with every committed batch, serves traversals.
/// </summary>
/// <remarks>
/// Writes are serialised by a gate and run in one transaction each; the index changes only after the
/// commit, under a write lock, so a failed batch changes neither. Reads open a pooled connection per
/// operation (WAL lets them run beside the writer) and hold the index's read lock only while copying
/// what they need out of it.
/// </remarks>
public sealed partial class EmbeddedGraphStore : IGraphStore
{
    private readonly EmbeddedStoreOptions options;
    private readonly string readConnectionString;
    private readonly SqliteConnection writer;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly ReaderWriterLockSlim indexLock = new(LockRecursionPolicy.NoRecursion);
    private GraphIndex index;
    private readonly RecordCache<Actor> actorCache;
    private readonly RecordCache<Project> projectCache;
    private readonly RecordCache<S3Domain> domainCache;
    private volatile Versioned<GraphSnapshot>? snapshotCache;
    private volatile Versioned<GraphStats>? statsCache;
    private readonly CancellationTokenSource closing = new();
    private readonly StoreLock storeLock;
    private bool disposed;

    private EmbeddedGraphStore(EmbeddedStoreOptions options, StoreLock storeLock, string readConnectionString, SqliteConnection writer, GraphIndex index)
    {
        this.options = options;
        this.storeLock = storeLock;
        this.readConnectionString = readConnectionString;
        this.writer = writer;
        this.index = index;
        actorCache = new(options.RecordCacheCapacity);
        projectCache = new(options.RecordCacheCapacity);
        domainCache = new(options.RecordCacheCapacity);
    }

    public static Task<EmbeddedGraphStore> OpenAsync(EmbeddedStoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        var storeLock = StoreLock.Acquire(options.DataDirectory, options.LockWait, options.WaitingForLock);
        var writeConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = false,
        }.ToString();
        var readConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
        }.ToString();

        var writer = new SqliteConnection(writeConnectionString);
        try
        {
            writer.Open();
            SqliteSchema.Execute(writer, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
            if (options.MaxPageCount is { } pages)
            {
                SqliteSchema.Execute(writer, FormattableString.Invariant($"PRAGMA max_page_count = {pages}"));
            }

            var phases = new List<OpenPhase>();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            SqliteSchema.Migrate(writer);
            phases.Add(new OpenPhase("schema", clock.Elapsed));
            clock.Restart();
            var index = IndexLoader.Load(writer, null, cancellationToken, phases, options.UseIndexImage);
            var store = new EmbeddedGraphStore(options, storeLock, readConnectionString, writer, index) { OpenPhases = phases };
            if (options.UseIndexImage && phases.Any(p => p.Name == OpenPhase.ImageMissing))
            {
                // The index is whole: the store serves reads while the image is saved for the next open.
                store.IndexImageSaving = Task.Run(store.SaveIndexImageAsync, CancellationToken.None);
            }

            return Task.FromResult(store);
        }
        catch
        {
            writer.Dispose();
            storeLock.Dispose();
            throw;
        }
    }

    /// <summary>What opening took, step by step: the schema check, each table read, the derived ties.</summary>
    public IReadOnlyList<OpenPhase> OpenPhases { get; private init; } = [];

    /// <summary>
    /// Completes when the index image this open found missing or stale has been saved in the background
    /// (writes wait for it): its duration, or null when the image was current, is switched off, or could
    /// not be saved (the file busy or full, or the store disposed first).
    /// </summary>
    public Task<OpenPhase?> IndexImageSaving { get; private set; } = Task.FromResult<OpenPhase?>(null);

    /// <summary>
    /// Saves the index image again in the background (writes wait for it), as an open that found none
    /// does: after writes that follow an open, such as a first start's seed, the next open then reads the
    /// image instead of the tables. <see cref="IndexImageSaving"/> follows this save.
    /// </summary>
    public Task<OpenPhase?> SaveIndexImageInBackground()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (options.UseIndexImage)
        {
            IndexImageSaving = Task.Run(SaveIndexImageAsync, CancellationToken.None);
        }

        return IndexImageSaving;
    }

    /// <summary>The committed index, for tests that compare an index opened from the image with one read from the tables.</summary>
    internal GraphIndex CommittedIndex => WithIndex(i => i, CancellationToken.None);

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(WithIndex(i => i.Version, cancellationToken));

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        Task.FromResult(WithIndex(i => i.ActorCount == 0, cancellationToken));

    public async Task ApplyAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(disposed, this);
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Only this writer mutates the index, so it may read it without the lock while staging.
            var removals = batch.Removals;
            if (removals.IsEmpty)
            {
                BatchValidator.Validate(index, batch);
            }

            // Invalidated before and after the commit: a read that overlaps the commit never caches.
            InvalidateCaches(batch);
            var target = index;
            StagedBatch? staged = null;
            try
            {
                using (var tx = writer.BeginTransaction())
                {
                    if (!removals.IsEmpty)
                    {
                        var affected = SqlRemovalWriter.Remove(writer, tx, index, removals, cancellationToken);
                        if (SqlRemovalWriter.ChangesIndex(removals))
                        {
                            // Removals are rare (admins): the index is rebuilt from the transaction's own view
                            // rather than taught to delete; the committed index serves readers meanwhile.
                            target = IndexLoader.Load(writer, tx, cancellationToken);
                            SqlRemovalWriter.RewriteDerived(writer, tx, target, affected, cancellationToken);
                        }

                        if (batch.Count > 0)
                        {
                            BatchValidator.Validate(target, batch);
                        }
                    }

                    if (removals.IsEmpty || batch.Count > 0)
                    {
                        staged = StagedBatch.Stage(target, batch, options.ParallelRecomputeThreshold, cancellationToken);
                        SqlBatchWriter.Write(writer, tx, staged, cancellationToken);
                    }
                    else
                    {
                        SqliteSchema.Execute(writer, "UPDATE meta SET value = value + 1 WHERE key = 'version'", tx);
                    }

                    SqlRemovalWriter.WriteAudit(writer, tx, batch.Audit);
                    tx.Commit();
                }
            }
            catch (Exception e) when (DiskFull.Is(e))
            {
                // The transaction rolled back whole and the index was not touched: reads go on as before.
                throw new StoreFullException(
                    $"The disk of the store {options.DatabasePath} is full ({e.Message}); nothing of the write was stored. Free disk space, then write again.", e);
            }

            InvalidateCaches(batch);

            indexLock.EnterWriteLock();
            try
            {
                var version = index.Version;
                index = target;
                if (staged is not null)
                {
                    index.Apply(staged);
                }
                else
                {
                    index.Version = version + 1;
                }
            }
            finally
            {
                indexLock.ExitWriteLock();
            }
        }
        finally
        {
            writeGate.Release();
        }
    }

    public Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult<IReadOnlyList<AuditEntry>>(WithConnection(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = """
                SELECT no, at, principal, operation, target_id, before, after FROM audit_log
                WHERE ($before IS NULL OR no < $before) AND ($target IS NULL OR target_id = $target
                    OR substr(target_id, 1, length($target) + 1) = $target || '|' OR substr(target_id, -length($target) - 1) = '|' || $target)
                ORDER BY no DESC LIMIT $first
                """;
            command.Parameters.AddWithValue("$before", (object?)query.BeforeSequence ?? DBNull.Value);
            command.Parameters.AddWithValue("$target", (object?)query.TargetId ?? DBNull.Value);
            command.Parameters.AddWithValue("$first", query.First);
            using var reader = command.ExecuteReader();
            var entries = new List<AuditEntry>();
            while (reader.Read())
            {
                entries.Add(new AuditEntry(
                    reader.GetInt64(0),
                    DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4))
                {
                    Before = SqlRows.NullableString(reader, 5),
                    After = SqlRows.NullableString(reader, 6),
                });
            }

            return entries;
        }, cancellationToken));
    }

    public ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return ValueTask.CompletedTask;
        }

        // An image still being saved is abandoned (rolled back): the next open saves it again.
        closing.Cancel();
        writeGate.Wait();
        try
        {
            // Waits for readers of the index to finish. The lock itself is left to the collector, so a
            // read that arrives later fails with ObjectDisposedException rather than a lock error.
            indexLock.EnterWriteLock();
            try
            {
                disposed = true;
            }
            finally
            {
                indexLock.ExitWriteLock();
            }

            writer.Dispose();
            using (var connection = new SqliteConnection(readConnectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            // Last: another process may open the store once every connection of this one is closed.
            storeLock.Dispose();
        }
        finally
        {
            writeGate.Release();
        }

        return ValueTask.CompletedTask;
    }

    private async Task<OpenPhase?> SaveIndexImageAsync()
    {
        var cancellationToken = closing.Token;
        try
        {
            await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        try
        {
            // Under the write gate: no batch changes the index or the file's version meanwhile.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (disposed || !IndexImage.Write(writer, index, cancellationToken))
            {
                return null;
            }

            // The image went through the write-ahead log; fold it into the file now rather than on a later write.
            SqliteSchema.Execute(writer, "PRAGMA wal_checkpoint(TRUNCATE)");
            return new OpenPhase(OpenPhase.ImageWritten, clock.Elapsed);
        }
        catch (Exception e) when (e is OperationCanceledException or SqliteException)
        {
            // The image only saves time on the next open; the tables stay the truth without it.
            return null;
        }
        finally
        {
            writeGate.Release();
        }
    }

    private void InvalidateCaches(GraphBatch batch)
    {
        actorCache.Invalidate(batch.Actors.Select(a => a.Id).Concat(batch.Removals.ActorIds));
        projectCache.Invalidate(batch.Projects.Select(p => p.Id));
        domainCache.Invalidate(batch.Domains.Select(d => d.Id));
    }

    private T WithIndex<T>(Func<GraphIndex, T> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(disposed, this);
        indexLock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return read(index);
        }
        finally
        {
            indexLock.ExitReadLock();
        }
    }

    /// <summary>Virtual-machine steps between two checks of the token: a few microseconds of work.</summary>
    private const int ProgressSteps = 10_000;

    private static readonly SQLitePCL.delegate_progress StopWhenCancelled = static token => ((CancellationToken)token).IsCancellationRequested ? 1 : 0;

    private T WithConnection<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(disposed, this);
        using var connection = new SqliteConnection(readConnectionString);
        connection.Open();
        // SQLite runs a statement to its end unless told to stop, so without this one filter or search of many
        // seconds would outlive the request's deadline and its client. SQLite asks every ProgressSteps virtual-machine
        // steps whether to go on: unlike sqlite3_interrupt from the token's callback, this cannot miss a cancel that
        // comes between the check before the statement and its start. Removed before the connection goes back to the pool.
        if (cancellationToken.CanBeCanceled)
        {
            SQLitePCL.raw.sqlite3_progress_handler(connection.Handle, ProgressSteps, StopWhenCancelled, cancellationToken);
        }

        try
        {
            return read(connection);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The store read was interrupted: the request was cancelled.", e, cancellationToken);
        }
        finally
        {
            if (cancellationToken.CanBeCanceled)
            {
                SQLitePCL.raw.sqlite3_progress_handler(connection.Handle, 0, null, null);
            }
        }
    }

    private static Dictionary<string, T> ById<T>(
        SqliteConnection connection, string sql, IReadOnlyCollection<string> ids, Func<SqliteDataReader, T> map, Func<T, string> idOf)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return result;
        }

        using var command = connection.CreateCommand();
        var ps = new SqlParameters();
        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, ps.AddList(ids.Distinct(StringComparer.Ordinal)));
        ps.BindTo(command);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var item = map(reader);
            result[idOf(item)] = item;
        }

        return result;
    }
}
