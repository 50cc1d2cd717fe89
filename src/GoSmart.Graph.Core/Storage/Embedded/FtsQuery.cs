using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// The FTS5 query for a search: every word must start a token (a quoted prefix phrase each, so quotes, stars, brackets
/// and AND/OR/NOT in user text are plain tokens), leaving out the words another word starts with or repeats
/// (<see cref="SearchWords"/>): they match nothing more and would each cost another pass over their matches.
/// </summary>
internal static class FtsQuery
{
    public static string ForWords(IReadOnlyList<string> words) =>
        string.Join(' ', SearchWords.Narrowest(words).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*"));
}
