using GoSmart.Graph.Core.Import;

namespace GoSmart.Graph.Tests.Core.Import;

public sealed class CityRegionsTests
{
    private static readonly CityRegions Cities = CityRegions.Read(
        CsvTable.FromText("country,region_code,cities\nDE,DE21,München;Garching\nDK,DK01,København\nDK,DK04,Aarhus\n"),
        ["region:DE21", "region:DK01", "region:DK04"],
        []);

    [Theory]
    [InlineData("DE", "MÜNCHEN", "DE21")]
    [InlineData("DE", "Muenchen", "DE21")]
    [InlineData("DE", "munchen", "DE21")]
    [InlineData("DK", "KOBENHAVN K", "DK01")]
    [InlineData("DK", "København Ø", "DK01")]
    [InlineData("DK", "Aarhus N", "DK04")]
    public void RegionOf_matches_spellings_and_postal_districts(string country, string city, string expected)
    {
        Assert.Equal(expected, Cities.RegionOf(country, city));
    }

    [Theory]
    [InlineData("PL", "München")]
    [InlineData("DE", "Garching Nord Ost")]
    [InlineData("DE", "")]
    [InlineData("DE", null)]
    public void RegionOf_unknown_city_or_other_country_is_null(string country, string? city)
    {
        Assert.Null(Cities.RegionOf(country, city));
    }

    [Fact]
    public void Read_city_in_two_regions_is_reported()
    {
        var skipped = new List<string>();

        CityRegions.Read(CsvTable.FromText("country,region_code,cities\nDE,DE21,Freising\nDE,DK01,Freising\n"), ["region:DE21", "region:DK01"], skipped);

        Assert.Single(skipped);
    }
}
