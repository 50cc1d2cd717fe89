using GoSmart.Graph.Core.Storage.Embedded;

namespace GoSmart.Graph.Tests.Core.Storage.Embedded;

public sealed class FtsQueryTests
{
    [Fact]
    public void ForWords_quotes_each_word_as_a_prefix_and_leaves_out_repeated_and_implied_words()
    {
        var query = FtsQuery.ForWords(["s", "sy", "systems", "systems", "a\"b", "ham"]);

        Assert.Equal("\"systems\"* \"a\"\"b\"* \"ham\"*", query);
    }
}
