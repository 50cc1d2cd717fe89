using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// A prepared statement run straight through SQLitePCLRaw: values are bound by position without boxing
/// or parameter objects, text from spans. The bulk load runs tens of millions of inserts, and
/// <see cref="SqliteCommand"/> costs about as much per row as SQLite's own insert.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
    }

    /// <summary>Binds a value to the parameter at <paramref name="index"/> (1-based, as SQLite counts).</summary>
    public RawStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(statement, index, value));
        return this;
    }

    public RawStatement Bind(int index, long? value) => value is { } v ? Bind(index, v) : BindNull(index);

    public RawStatement Bind(int index, string? value) => value is null ? BindNull(index) : Bind(index, value.AsSpan());

    public RawStatement Bind(int index, ReadOnlySpan<char> value)
    {
        // SQLite copies the text (SQLITE_TRANSIENT) and converts it to the file's UTF-8 itself.
        Check(raw.sqlite3_bind_text16(statement, index, value));
        return this;
    }

    /// <summary>Binds text already in UTF-8, the file's encoding, so SQLite converts nothing.</summary>
    public RawStatement BindUtf8(int index, ReadOnlySpan<byte> value)
    {
        Check(raw.sqlite3_bind_text(statement, index, value));
        return this;
    }

    public RawStatement BindNull(int index)
    {
        Check(raw.sqlite3_bind_null(statement, index));
        return this;
    }

    /// <summary>Runs the statement once with the values bound, then resets it for the next row.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'.", rc);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'.", rc);
        }
    }
}
