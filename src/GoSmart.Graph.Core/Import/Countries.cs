namespace GoSmart.Graph.Core.Import;

/// <summary>Country codes as the graph writes them (ISO 3166-1 alpha-2) and their English names.</summary>
public static class Countries
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["PL"] = "Poland",
        ["LT"] = "Lithuania",
        ["LV"] = "Latvia",
        ["EE"] = "Estonia",
        ["DK"] = "Denmark",
        ["DE"] = "Germany",
        ["FI"] = "Finland",
    };

    /// <summary>ISO alpha-2; the EU's own codes EL (Greece) and UK are rewritten GR and GB.</summary>
    public static string Normalise(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var upper = code.Trim().ToUpperInvariant();
        return upper switch
        {
            "EL" => "GR",
            "UK" => "GB",
            _ => upper,
        };
    }

    /// <summary>The English name of the seven countries of the seed; the code itself for any other.</summary>
    public static string Name(string code) => Names.TryGetValue(code, out var name) ? name : code;
}
