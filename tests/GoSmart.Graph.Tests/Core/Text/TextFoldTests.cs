using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Tests.Core.Text;

public sealed class TextFoldTests
{
    [Theory]
    [InlineData("Białystok", "bialystok")]
    [InlineData("BIAŁYSTOK", "bialystok")]
    [InlineData("Poznań", "poznan")]
    [InlineData("Österbottens förbund", "osterbottens forbund")]
    [InlineData("TÜV SÜD", "tuv sud")]
    [InlineData("Lõuna-Eesti", "louna-eesti")]
    [InlineData("Šiaulių universitetas", "siauliu universitetas")]
    [InlineData("Rīga Stradiņš", "riga stradins")]
    [InlineData("Århus Ærø Øresund", "arhus aero oresund")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Ģirts Ķēniņš", "girts kenins")]
    [InlineData("Nguyễn", "nguyen")]
    public void Fold_removes_case_and_accents(string text, string expected)
    {
        Assert.Equal(expected, TextFold.Fold(text));
    }

    [Fact]
    public void Fold_handles_decomposed_input_like_composed()
    {
        var decomposed = "Poznan\u0301 Bia\u0142ystok";

        Assert.Equal("poznan bialystok", TextFold.Fold(decomposed));
    }

    [Fact]
    public void Words_splits_on_everything_but_letters_and_digits()
    {
        Assert.Equal(["hamburg", "inst", "2020"], TextFold.Words("Hamburg-Inst. (2020)"));
    }
}
