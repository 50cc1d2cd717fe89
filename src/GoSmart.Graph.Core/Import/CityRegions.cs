using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Core.Import;

/// <summary>
/// The NUTS-2 region of a city, from the curated <c>gosmart/city_regions.csv</c>: how an
/// organisation that CORDIS gives only a city for is still placed below its country. Matching is
/// case- and accent-insensitive, takes German transliterations (muenchen = münchen) and ignores a
/// trailing Danish postal district (København K, Aarhus N, Aalborg Øst).
/// </summary>
internal sealed class CityRegions
{
    private static readonly HashSet<string> PostalDistricts = new(StringComparer.Ordinal) { "c", "k", "n", "s", "v", "o", "sv", "nv", "ost", "oest", "j" };

    private readonly Dictionary<(string Country, string City), string> _regionOf = [];

    public int Count => _regionOf.Count;

    public static CityRegions Read(CsvTable table, HashSet<string> regionIds, List<string> skipped)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(regionIds);
        ArgumentNullException.ThrowIfNull(skipped);
        var lookup = new CityRegions();
        foreach (var row in table.Rows)
        {
            var country = row.Optional("country");
            var code = row.Optional("region_code");
            if (country is null || code is null || !regionIds.Contains(Model.Ids.Region(code)))
            {
                skipped.Add($"city_regions.csv line {row.Line}: needs a country and a region_code that regions.csv knows");
                continue;
            }

            foreach (var city in row["cities"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!lookup._regionOf.TryAdd((country, Key(city)), code) && lookup._regionOf[(country, Key(city))] != code)
                {
                    skipped.Add($"city_regions.csv line {row.Line}: {city} ({country}) is already in another region");
                }
            }
        }

        return lookup;
    }

    /// <summary>The region code of a city in a country, or null when the table does not know it.</summary>
    public string? RegionOf(string country, string? city)
    {
        if (string.IsNullOrWhiteSpace(city))
        {
            return null;
        }

        var key = Key(city);
        if (_regionOf.TryGetValue((country, key), out var code))
        {
            return code;
        }

        var words = key.Split(' ');
        return words.Length > 1 && PostalDistricts.Contains(words[^1])
            && _regionOf.TryGetValue((country, string.Join(' ', words[..^1])), out code)
            ? code
            : null;
    }

    /// <summary>Folded words joined by single spaces, German umlaut transliterations undone (ue → u).</summary>
    private static string Key(string city) =>
        string.Join(' ', TextFold.Words(city))
            .Replace("ae", "a", StringComparison.Ordinal)
            .Replace("oe", "o", StringComparison.Ordinal)
            .Replace("ue", "u", StringComparison.Ordinal);
}
