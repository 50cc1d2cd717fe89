using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// Reads millions of rows straight through SQLite's statement API: ADO.NET's reader costs more per row
/// and column than SQLite's own work when a row is two integers, and opening the store reads tens of millions.
/// </summary>
internal sealed class SqlScan : IDisposable
{
    private readonly sqlite3_stmt statement;

    public SqlScan(SqliteConnection connection, string sql)
    {
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out statement);
        if (rc != raw.SQLITE_OK)
        {
            var message = raw.sqlite3_errmsg(connection.Handle).utf8_to_string();
            statement.Dispose();
            throw new SqliteException($"SQLite Error {rc}: '{message}'.", rc);
        }
    }

    public void Bind(int parameter, string value)
    {
        var rc = raw.sqlite3_bind_text(statement, parameter, value);
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errstr(rc).utf8_to_string()}'.", rc);
        }
    }

    /// <summary>Steps to the next row; false at the end.</summary>
    public bool Read()
    {
        var rc = raw.sqlite3_step(statement);
        return rc switch
        {
            raw.SQLITE_ROW => true,
            raw.SQLITE_DONE => false,
            _ => throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errstr(rc).utf8_to_string()}'.", rc),
        };
    }

    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    public int Int32(int column) => raw.sqlite3_column_int(statement, column);

    public byte[] Blob(int column) => raw.sqlite3_column_blob(statement, column).ToArray();

    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    public string String(int column) => Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, column));

    /// <summary>The column's text as one shared instance per distinct value (countries and regions repeat a million times).</summary>
    public string Pooled(int column, Dictionary<string, string> pool)
    {
        var utf8 = raw.sqlite3_column_blob(statement, column);
        Span<char> chars = stackalloc char[256];
        if (utf8.Length <= chars.Length)
        {
            var n = Encoding.UTF8.GetChars(utf8, chars);
            if (pool.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars[..n], out var known))
            {
                return known;
            }
        }

        var text = string.Intern(Encoding.UTF8.GetString(utf8));
        pool[text] = text;
        return text;
    }

    public void Dispose() => statement.Dispose();
}
