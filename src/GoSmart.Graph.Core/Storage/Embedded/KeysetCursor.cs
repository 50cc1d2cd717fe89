using System.Buffers.Text;
using System.Text.Json;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// Opaque keyset cursors: base64url of a JSON array holding a tag of the list and its sort order,
/// then the sort values of the row, the id last. The tag lets a cursor from another order be refused.
/// </summary>
internal static class KeysetCursor
{
    public static string Encode(string tag, IReadOnlyList<object> values)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(tag);
            foreach (var value in values)
            {
                switch (value)
                {
                    case string s: json.WriteStringValue(s); break;
                    case long l: json.WriteNumberValue(l); break;
                    case int i: json.WriteNumberValue(i); break;
                    default: throw new InvalidOperationException($"A cursor cannot hold a {value.GetType().Name}.");
                }
            }

            json.WriteEndArray();
        }

        return Base64Url.EncodeToString(buffer.ToArray());
    }

    /// <summary>The values of a cursor: strings where <paramref name="isText"/> says so, longs otherwise.</summary>
    /// <exception cref="InvalidCursorException">The cursor is malformed or was issued for another list or order.</exception>
    public static object[] Decode(string cursor, string tag, IReadOnlyList<bool> isText)
    {
        JsonElement root;
        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            root = JsonDocument.Parse(bytes).RootElement;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            throw new InvalidCursorException(
                $"The cursor '{Shorten(cursor)}' is not one this service issued; use the startCursor or endCursor of a page of the same list.", e);
        }

        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != isText.Count + 1
            || root[0].ValueKind != JsonValueKind.String)
        {
            throw new InvalidCursorException(
                $"The cursor '{Shorten(cursor)}' is not one this service issued; use the startCursor or endCursor of a page of the same list.");
        }

        var issuedFor = root[0].GetString();
        if (!string.Equals(issuedFor, tag, StringComparison.Ordinal))
        {
            throw new InvalidCursorException(
                $"The cursor was issued for the order '{issuedFor}' but this request is ordered by '{tag}'; page with cursors from the same order, or start again without after/before.");
        }

        var values = new object[isText.Count];
        for (var k = 0; k < isText.Count; k++)
        {
            var e = root[k + 1];
            if (isText[k] && e.ValueKind == JsonValueKind.String)
            {
                values[k] = e.GetString()!;
            }
            else if (!isText[k] && e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var l))
            {
                values[k] = l;
            }
            else
            {
                throw new InvalidCursorException(
                    $"The cursor '{Shorten(cursor)}' is damaged; use the startCursor or endCursor of a page of the same list.");
            }
        }

        return values;
    }

    private static string Shorten(string cursor) => cursor.Length <= 40 ? cursor : cursor[..40] + "...";
}
