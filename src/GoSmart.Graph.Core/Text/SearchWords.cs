namespace GoSmart.Graph.Core.Text;

/// <summary>
/// The words a prefix search must match, none implied by another: every word must start a word of the name, and a
/// token that starts with "systems" starts with "s", so "s sy systems systems" matches exactly what "systems" matches.
/// Left as sent, each repeated or implied word is one more pass over its matches (100 copies of "s" cost 45 times one
/// on 300,000 actors); what is left never has two words one token can both start, so a search reads each indexed
/// token at most once whatever its text.
/// </summary>
public static class SearchWords
{
    /// <summary>The words that no other word of <paramref name="words"/> starts with (one copy of each), in their order.</summary>
    public static IReadOnlyList<string> Narrowest(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var implied = false;
            for (var j = 0; j < words.Count && !implied; j++)
            {
                var other = words[j];
                // A longer word implies this one; of equal copies the first is kept.
                implied = j != i && other.StartsWith(word, StringComparison.Ordinal) && (other.Length > word.Length || j < i);
            }

            if (!implied)
            {
                kept.Add(word);
            }
        }

        return kept;
    }
}
