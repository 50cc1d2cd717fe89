using System.Text;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>Relay paging over SQL with keyset conditions: no OFFSET, so a cursor stays valid when rows are inserted before it.</summary>
internal static class SqlPager
{
    /// <param name="select">The column list, e.g. <c>a.id, a.name</c>; the key values follow it in the result.</param>
    /// <param name="from">FROM and joins, without WHERE.</param>
    /// <param name="where">A condition over <paramref name="parameters"/>.</param>
    public static Page<T> Page<T>(
        SqliteConnection connection,
        string select,
        string from,
        string where,
        SqlParameters parameters,
        IReadOnlyList<SqlKey> keys,
        string tag,
        PageRequest page,
        Func<SqliteDataReader, T> map,
        CancellationToken cancellationToken)
    {
        var isText = keys.Select(k => k.IsText).ToArray();
        var after = page.After is null ? null : KeysetCursor.Decode(page.After, tag, isText);
        var before = page.Before is null ? null : KeysetCursor.Decode(page.Before, tag, isText);
        var backward = page.Last is not null && page.First is null;
        var limit = backward ? page.Last : page.First;

        var afterCondition = after is null ? null : Beyond(keys, after, reversed: false, parameters);
        var beforeCondition = before is null ? null : Beyond(keys, before, reversed: true, parameters);
        var sql = new StringBuilder()
            .Append("SELECT ").Append(select);
        foreach (var key in keys)
        {
            sql.Append(", ").Append(key.Sql);
        }

        sql.Append(' ').Append(from).Append(" WHERE (").Append(where).Append(')');
        if (afterCondition is not null)
        {
            sql.Append(" AND ").Append(afterCondition);
        }

        if (beforeCondition is not null)
        {
            sql.Append(" AND ").Append(beforeCondition);
        }

        sql.Append(" ORDER BY ").AppendJoin(", ", keys.Select(k => k.Sql + (k.Descending ^ backward ? " DESC" : " ASC")));
        if (limit is not null)
        {
            sql.Append(" LIMIT ").Append(parameters.Add(Math.Max(limit.Value, 0) + 1L));
        }

        var rows = new List<PageEdge<T>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = sql.ToString();
            parameters.BindTo(command);
            using var reader = command.ExecuteReader();
            var keyStart = reader.FieldCount - keys.Count;
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var values = new object[keys.Count];
                for (var k = 0; k < keys.Count; k++)
                {
                    values[k] = keys[k].IsText ? reader.GetString(keyStart + k) : reader.GetInt64(keyStart + k);
                }

                rows.Add(new PageEdge<T>(map(reader), KeysetCursor.Encode(tag, values)));
            }
        }

        var more = limit is not null && rows.Count > limit.Value;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
            var hasNext = beforeCondition is not null && Exists(connection, from, where, "NOT " + beforeCondition, parameters);
            return new Page<T>(rows, hasNext, more);
        }

        var hasPrevious = afterCondition is not null && Exists(connection, from, where, "NOT " + afterCondition, parameters);
        if (page.First is not null && page.Last is not null && rows.Count > page.Last.Value)
        {
            rows.RemoveRange(0, rows.Count - Math.Max(page.Last.Value, 0));
            hasPrevious = true;
        }

        return new Page<T>(rows, more, hasPrevious);
    }

    /// <summary>Rows strictly after the cursor in the order (before it when reversed), written out so mixed directions work.</summary>
    private static string Beyond(IReadOnlyList<SqlKey> keys, object[] values, bool reversed, SqlParameters parameters)
    {
        var names = values.Select(parameters.Add).ToArray();
        var terms = new List<string>();
        for (var k = 0; k < keys.Count; k++)
        {
            var term = new StringBuilder("(");
            for (var j = 0; j < k; j++)
            {
                term.Append(keys[j].Sql).Append(" = ").Append(names[j]).Append(" AND ");
            }

            term.Append(keys[k].Sql).Append(keys[k].Descending ^ reversed ? " < " : " > ").Append(names[k]).Append(')');
            terms.Add(term.ToString());
        }

        return "(" + string.Join(" OR ", terms) + ")";
    }

    private static bool Exists(SqliteConnection connection, string from, string where, string condition, SqlParameters parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT EXISTS (SELECT 1 {from} WHERE ({where}) AND {condition})";
        parameters.BindTo(command);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0;
    }
}
