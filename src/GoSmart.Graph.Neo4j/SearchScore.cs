using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Neo4j;

/// <summary>
/// The embedded store's search tiers (3: a whole name, 2: a name starts with the query, 1: its words only
/// match), and within a tier a share of the name's words the query covers (name words count more than
/// other names'), in place of SQLite's bm25.
/// </summary>
internal static class SearchScore
{
    private const double NameWeight = 10.0;
    private const double OtherWeight = 4.0;

    public static double Of(Actor actor, IReadOnlyList<string> words, string queryKey)
    {
        var nameKey = SqlRows.NameKey(actor.Name);
        IEnumerable<string> others = actor.ShortName is null ? actor.AlternativeNames : actor.AlternativeNames.Append(actor.ShortName);
        var otherKeys = others.Select(SqlRows.NameKey).ToArray();
        var tier = nameKey == queryKey || otherKeys.Contains(queryKey, StringComparer.Ordinal) ? 3
            : nameKey.StartsWith(queryKey, StringComparison.Ordinal) || otherKeys.Any(k => k.StartsWith(queryKey, StringComparison.Ordinal)) ? 2 : 1;

        var nameWords = TextFold.Words(actor.Name);
        var otherWords = otherKeys.SelectMany(k => k.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var hits = 0.0;
        foreach (var w in words)
        {
            hits += NameWeight * nameWords.Count(t => t.StartsWith(w, StringComparison.Ordinal)) / Math.Max(nameWords.Count, 1);
            hits += OtherWeight * otherWords.Count(t => t.StartsWith(w, StringComparison.Ordinal)) / Math.Max(otherWords.Length, 1);
        }

        return tier + (hits / (1 + hits));
    }
}
