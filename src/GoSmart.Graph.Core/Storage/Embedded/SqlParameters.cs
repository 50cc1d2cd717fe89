using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>Collects the parameters of a generated statement so user values never enter SQL text.</summary>
internal sealed class SqlParameters
{
    private readonly List<(string Name, object Value)> values = [];

    public string Add(object? value)
    {
        var name = "@p" + values.Count.ToString(CultureInfo.InvariantCulture);
        values.Add((name, value ?? DBNull.Value));
        return name;
    }

    /// <summary>A list as one JSON parameter, read in SQL with <c>json_each</c>.</summary>
    public string AddList(IEnumerable<string> list) => Add(JsonSerializer.Serialize(list.ToArray()));

    public string AddList(IEnumerable<int> list) => Add(JsonSerializer.Serialize(list.ToArray()));

    public void BindTo(SqliteCommand command)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}
