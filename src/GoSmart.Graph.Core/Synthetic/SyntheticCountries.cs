namespace GoSmart.Graph.Core.Synthetic;

/// <summary>
/// The countries of the synthetic network: the EU-27 plus Norway, Iceland, the United Kingdom and
/// Switzerland. Weights follow the relative number of Horizon 2020 participations (Germany = 100);
/// region counts are the NUTS-2 (2021; UK 2016) counts.
/// </summary>
public static class SyntheticCountries
{
    public static IReadOnlyList<SyntheticCountry> All { get; } =
    [
        new("AT", "AT", "Austria", 20, 9),
        new("BE", "BE", "Belgium", 35, 11),
        new("BG", "BG", "Bulgaria", 3, 6),
        new("CH", "CH", "Switzerland", 15, 7),
        new("CY", "CY", "Cyprus", 3, 1),
        new("CZ", "CZ", "Czechia", 8, 8),
        new("DE", "DE", "Germany", 100, 38),
        new("DK", "DK", "Denmark", 17, 5),
        new("EE", "EE", "Estonia", 3, 1),
        new("ES", "ES", "Spain", 70, 19),
        new("FI", "FI", "Finland", 17, 5),
        new("FR", "FR", "France", 75, 22),
        new("GB", "UK", "United Kingdom", 90, 41),
        new("GR", "EL", "Greece", 18, 13),
        new("HR", "HR", "Croatia", 3, 4),
        new("HU", "HU", "Hungary", 6, 8),
        new("IE", "IE", "Ireland", 10, 3),
        new("IS", "IS", "Iceland", 1, 1),
        new("IT", "IT", "Italy", 70, 21),
        new("LT", "LT", "Lithuania", 2, 2),
        new("LU", "LU", "Luxembourg", 2, 1),
        new("LV", "LV", "Latvia", 2, 1),
        new("MT", "MT", "Malta", 1, 1),
        new("NL", "NL", "Netherlands", 45, 12),
        new("NO", "NO", "Norway", 14, 7),
        new("PL", "PL", "Poland", 15, 17),
        new("PT", "PT", "Portugal", 17, 7),
        new("RO", "RO", "Romania", 5, 8),
        new("SE", "SE", "Sweden", 25, 8),
        new("SI", "SI", "Slovenia", 5, 2),
        new("SK", "SK", "Slovakia", 3, 4),
    ];

    /// <summary>The 15 S3 domain ids of the seed (seed/gosmart/s3_domains.csv).</summary>
    public static IReadOnlyList<string> DomainIds { get; } =
    [
        "domain:agri-food",
        "domain:bioeconomy",
        "domain:blue-maritime",
        "domain:health-life-sciences",
        "domain:energy",
        "domain:transport-logistics",
        "domain:climate-environment",
        "domain:digital-ict",
        "domain:advanced-manufacturing",
        "domain:space",
        "domain:security",
        "domain:inclusive-societies",
        "domain:tourism-creative",
        "domain:frontier-science",
        "domain:research-infrastructure",
    ];

    /// <summary>
    /// NUTS-2-like codes: one region is <c>CC00</c>; more are grouped under NUTS-1 digits and letters in
    /// groups of 2, 1, 2, 4, 1, 1, 2, 4 regions (repeating), a single region of its group ending in 0 —
    /// so Germany has <c>DE11 DE12 DE20 DE31 … DE60 …</c> and Poland ends with <c>PL81 … PL84</c>, as the real codes do.
    /// </summary>
    public static string RegionCode(SyntheticCountry country, int region)
    {
        ArgumentNullException.ThrowIfNull(country);
        if (country.RegionCount == 1)
        {
            return country.NutsPrefix + "00";
        }

        const string Major = "123456789ABCDEFGHJKLMN";
        ReadOnlySpan<int> groups = [2, 1, 2, 4, 1, 1, 2, 4];
        int group = 0, first = 0;
        while (first + groups[group % groups.Length] <= region)
        {
            first += groups[group % groups.Length];
            group++;
        }

        var size = Math.Min(groups[group % groups.Length], country.RegionCount - first);
        var minor = size == 1 ? 0 : region - first + 1;
        return $"{country.NutsPrefix}{Major[group]}{minor}";
    }
}
