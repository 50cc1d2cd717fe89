using GoSmart.Graph.Core.Import;

namespace GoSmart.Graph.Tests.Core.Import;

public sealed class PartnerNameTests
{
    [Fact]
    public void Parse_native_name_in_parentheses_becomes_an_alternative()
    {
        var name = PartnerName.Parse("Bialystok University of Technology (Politechnika Bialostocka)");

        Assert.Equal("Bialystok University of Technology", name.Name);
        Assert.Equal(["Politechnika Bialostocka"], name.AlternativeNames);
    }

    [Fact]
    public void Parse_acronym_becomes_the_short_name_and_commas_separate_names()
    {
        var hwwi = PartnerName.Parse("Hamburg Institute of International Economics (HWWI)");
        var kinno = PartnerName.Parse("Kouvola Innovation Ltd (Kouvola Innovation Oy, Kinno)");

        Assert.Equal(("Hamburg Institute of International Economics", "HWWI"), (hwwi.Name, hwwi.ShortName));
        Assert.Equal(["Kouvola Innovation Oy", "Kinno"], kinno.AlternativeNames);
    }

    [Fact]
    public void Parse_slash_keeps_the_last_name_and_a_description_is_dropped()
    {
        var valga = PartnerName.Parse("Valga Town Government / Valga Municipality");
        var bif = PartnerName.Parse("The Baltic Institute of Finland (coordinator of EUSBSR Policy Area Innovation)");

        Assert.Equal("Valga Municipality", valga.Name);
        Assert.Equal(["Valga Town Government"], valga.AlternativeNames);
        Assert.Equal("The Baltic Institute of Finland", bif.Name);
        Assert.Empty(bif.AlternativeNames);
    }
}
