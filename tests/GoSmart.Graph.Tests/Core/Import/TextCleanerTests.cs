using GoSmart.Graph.Core.Import;

namespace GoSmart.Graph.Tests.Core.Import;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData("ERA-NET Cofund on Sustainable Crop Production&#10;", "ERA-NET Cofund on Sustainable Crop Production")]
    [InlineData("Research &amp; Innovation", "Research & Innovation")]
    [InlineData("GMBH & CO. KG", "GMBH & CO. KG")]
    [InlineData("&lt;b&gt;", "<b>")]
    public void Clean_html_entities_are_decoded(string raw, string expected)
    {
        var cleaned = TextCleaner.Clean(raw);

        Assert.Equal(expected, cleaned);
    }

    [Theory]
    [InlineData("Molecular Networks GmbH â€“ Computerchemie", "Molecular Networks GmbH – Computerchemie")]
    [InlineData("DATACITE ‚Äì INTERNATIONAL DATA CITATION INITIATIVE", "DATACITE – INTERNATIONAL DATA CITATION INITIATIVE")]
    [InlineData("Dr. Niin‚Äôs Skin Clinic", "Dr. Niin’s Skin Clinic")]
    [InlineData("MÃ¼nchen", "München")]
    [InlineData("KÃ¸benhavn and GdaÅ„sk", "København and Gdańsk")]
    [InlineData("Rƒ´ga", "Rīga")]
    [InlineData("Gamtos tyrim≈≥ centras", "Gamtos tyrimų centras")]
    [InlineData("IMP¬≥rove Academy", "IMP³rove Academy")]
    public void Clean_mojibake_is_decoded_again(string raw, string expected)
    {
        var cleaned = TextCleaner.Clean(raw);

        Assert.Equal(expected, cleaned);
    }

    [Theory]
    [InlineData("ERNST-MORITZ-ARNDT-UNIVERSITÄT GREIFSWALD")]
    [InlineData("LEMPÄÄLÄ")]
    [InlineData("Jyväskylä")]
    [InlineData("ÅAU")]
    [InlineData("Politechnika Białostocka – Wydział Łódź")]
    [InlineData("Sjælland Ørsted ÆØÅ")]
    [InlineData("Lõuna-Eesti Šiauliai Žemaitija")]
    public void Clean_genuine_non_ascii_text_is_kept(string text)
    {
        var cleaned = TextCleaner.Clean(text);

        Assert.Equal(text, cleaned);
    }

    [Theory]
    [InlineData("  two  spaces\tand\r\nlines  ", "two spaces and lines")]
    [InlineData("no\u00A0break", "no break")]
    [InlineData("Title&#10;&#10; continued", "Title continued")]
    public void Clean_white_space_is_collapsed_and_trimmed(string raw, string expected)
    {
        var cleaned = TextCleaner.Clean(raw);

        Assert.Equal(expected, cleaned);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("&#10;")]
    public void Clean_nothing_left_is_null(string? raw)
    {
        var cleaned = TextCleaner.Clean(raw);

        Assert.Null(cleaned);
    }

    [Theory]
    [InlineData("BIALYSTOK", "Bialystok")]
    [InlineData("TALLINN HARJU MAAKOND", "Tallinn Harju Maakond")]
    [InlineData("SCHWÄBISCH GMÜND", "Schwäbisch Gmünd")]
    [InlineData("GARCHING B. MUENCHEN", "Garching B. Muenchen")]
    [InlineData("ZIELONA-GÓRA", "Zielona-Góra")]
    [InlineData("Jyväskylä", "Jyväskylä")]
    [InlineData("Frankfurt am Main", "Frankfurt am Main")]
    public void TitleCaseIfAllCaps_capitals_only_become_title_case(string text, string expected)
    {
        var cased = TextCleaner.TitleCaseIfAllCaps(text);

        Assert.Equal(expected, cased);
    }
}
