using System.Globalization;
using System.Text;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Neo4j.Http;

namespace GoSmart.Graph.Neo4j.Cypher;

/// <summary>
/// Relay paging in Cypher with keyset conditions (no SKIP), the same cursors and page rules as the
/// embedded store's SQL pager, so a cursor stays valid when rows are inserted before it.
/// </summary>
internal static class CypherPager
{
    /// <param name="match">The MATCH clause(s), e.g. <c>MATCH (a:Actor)</c>.</param>
    /// <param name="where">A condition over <paramref name="parameters"/>.</param>
    /// <param name="carry">The variables the projection needs, e.g. <c>a</c>.</param>
    /// <param name="projection">The returned value, named <c>node</c>.</param>
    public static async Task<Page<T>> PageAsync<T>(
        Func<Statement, Task<QueryResult>> run,
        string match,
        string where,
        CypherParameters parameters,
        IReadOnlyList<CypherKey> keys,
        string carry,
        string projection,
        string tag,
        PageRequest page,
        Func<Row, T> map)
    {
        var isText = keys.Select(k => k.IsText).ToArray();
        var after = page.After is null ? null : KeysetCursor.Decode(page.After, tag, isText);
        var before = page.Before is null ? null : KeysetCursor.Decode(page.Before, tag, isText);
        var backward = page.Last is not null && page.First is null;
        var limit = backward ? page.Last : page.First;

        var afterCondition = after is null ? null : Beyond(keys, after, reversed: false, parameters);
        var beforeCondition = before is null ? null : Beyond(keys, before, reversed: true, parameters);
        var head = Head(match, where, keys, carry);
        var conditions = new[] { afterCondition, beforeCondition }.OfType<string>().ToArray();
        var text = new StringBuilder(head);
        if (conditions.Length > 0)
        {
            text.Append("\nWHERE ").AppendJoin(" AND ", conditions);
        }

        text.Append("\nRETURN ").Append(projection);
        for (var k = 0; k < keys.Count; k++)
        {
            text.Append(", k").Append(k);
        }

        text.Append("\nORDER BY ").AppendJoin(", ", keys.Select((key, k) => $"k{k}" + (key.Descending ^ backward ? " DESC" : " ASC")));
        if (limit is not null)
        {
            text.Append("\nLIMIT ").Append(parameters.Add(Math.Max(limit.Value, 0) + 1L));
        }

        var result = await run(new Statement(text.ToString(), parameters.Values)).ConfigureAwait(false);
        var rows = new List<PageEdge<T>>();
        foreach (var row in result.Records)
        {
            var values = new object[keys.Count];
            for (var k = 0; k < keys.Count; k++)
            {
                var name = "k" + k.ToString(CultureInfo.InvariantCulture);
                values[k] = keys[k].IsText ? row.String(name) : row.Long(name);
            }

            rows.Add(new PageEdge<T>(map(row), KeysetCursor.Encode(tag, values)));
        }

        var more = limit is not null && rows.Count > limit.Value;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
            var hasNext = beforeCondition is not null && await ExistsAsync(run, head, "NOT " + beforeCondition, parameters).ConfigureAwait(false);
            return new Page<T>(rows, hasNext, more);
        }

        var hasPrevious = afterCondition is not null && await ExistsAsync(run, head, "NOT " + afterCondition, parameters).ConfigureAwait(false);
        if (page.First is not null && page.Last is not null && rows.Count > page.Last.Value)
        {
            rows.RemoveRange(0, rows.Count - Math.Max(page.Last.Value, 0));
            hasPrevious = true;
        }

        return new Page<T>(rows, more, hasPrevious);
    }

    private static string Head(string match, string where, IReadOnlyList<CypherKey> keys, string carry) =>
        $"{match}\nWHERE {where}\nWITH {carry}, " + string.Join(", ", keys.Select((key, k) => $"{key.Expression} AS k{k}"));

    /// <summary>Rows strictly after the cursor in the order (before it when reversed), written out so mixed directions work.</summary>
    private static string Beyond(IReadOnlyList<CypherKey> keys, object[] values, bool reversed, CypherParameters parameters)
    {
        var names = values.Select(parameters.Add).ToArray();
        var terms = new List<string>();
        for (var k = 0; k < keys.Count; k++)
        {
            var term = new StringBuilder("(");
            for (var j = 0; j < k; j++)
            {
                term.Append('k').Append(j).Append(" = ").Append(names[j]).Append(" AND ");
            }

            term.Append('k').Append(k).Append(keys[k].Descending ^ reversed ? " < " : " > ").Append(names[k]).Append(')');
            terms.Add(term.ToString());
        }

        return "(" + string.Join(" OR ", terms) + ")";
    }

    private static async Task<bool> ExistsAsync(Func<Statement, Task<QueryResult>> run, string head, string condition, CypherParameters parameters)
    {
        var result = await run(new Statement($"{head}\nWHERE {condition}\nRETURN k0\nLIMIT 1", parameters.Values)).ConfigureAwait(false);
        return result.Rows.Count > 0;
    }
}
