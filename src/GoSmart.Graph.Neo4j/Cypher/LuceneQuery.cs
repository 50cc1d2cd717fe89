using System.Globalization;
using System.Text;
using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Neo4j.Cypher;

/// <summary>
/// The Lucene query for a search: every word must start a word of the name or of another name (a prefix query
/// on each field), a name word counting more than another name's (the embedded store's bm25 weights, 10 and 4).
/// The text travels as a parameter; each word is escaped, so Lucene syntax in user text is plain text; a word that
/// another word starts with, or repeats, adds nothing to what matches and is left out (<see cref="SearchWords"/>).
/// </summary>
public static class LuceneQuery
{
    private const string Special = "+-&|!(){}[]^\"~*?:\\/";

    public static string ForWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return string.Join(' ', SearchWords.Narrowest([.. words]).Select(w =>
        {
            var term = Escape(w);
            return string.Create(CultureInfo.InvariantCulture, $"+(nameKey:{term}*^10 otherNamesKey:{term}*^4)");
        }));
    }

    /// <summary>Backslash before every character Lucene's classic query parser treats as syntax, and before whitespace.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 4);
        foreach (var ch in text)
        {
            if (Special.Contains(ch, StringComparison.Ordinal) || char.IsWhiteSpace(ch))
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }
}
