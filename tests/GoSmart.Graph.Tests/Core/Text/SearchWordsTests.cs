using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Tests.Core.Text;

public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("s sy systems systems", "systems")]
    [InlineData("s s s s s s s s", "s")]
    [InlineData("hamburg inst ham in", "hamburg,inst")]
    [InlineData("inst hamburg", "inst,hamburg")]
    [InlineData("bialystok politechnika", "bialystok,politechnika")]
    [InlineData("a b ab ba", "ab,ba")]
    public void Narrowest_drops_repeated_words_and_words_another_word_starts_with(string words, string expected)
    {
        var narrowest = SearchWords.Narrowest(words.Split(' '));

        Assert.Equal(expected, string.Join(',', narrowest));
    }
}
