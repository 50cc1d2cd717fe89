using System.Globalization;
using System.Text.Json;

namespace GoSmart.Graph.Neo4j.Http;

/// <summary>
/// Reads Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>): every value is <c>{"$type": ..., "_value": ...}</c>,
/// integers and floats as strings so 64-bit numbers stay exact.
/// </summary>
internal static class TypedJson
{
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var type))
        {
            // A server answering plain JSON: keep it usable rather than failing.
            return Plain(element);
        }

        element.TryGetProperty("_value", out var value);
        return type.GetString() switch
        {
            "Null" => null,
            "Boolean" => value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.String && value.GetString() == "true"),
            "Integer" => value.ValueKind == JsonValueKind.String
                ? long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
                : value.GetInt64(),
            "Float" => value.ValueKind == JsonValueKind.String
                ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
                : value.GetDouble(),
            "List" => value.EnumerateArray().Select(Read).ToArray(),
            "Map" => value.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value), StringComparer.Ordinal),
            "Node" or "Relationship" => value.TryGetProperty("_properties", out var props)
                ? props.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value), StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal),
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    private static object? Plain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(Read).ToArray(),
        _ => element.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value), StringComparer.Ordinal),
    };

    public static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            case IReadOnlyDictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    json.WritePropertyName(k);
                    WriteValue(json, v);
                }

                json.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A parameter cannot be a {value.GetType().Name}.", nameof(value));
        }
    }
}
