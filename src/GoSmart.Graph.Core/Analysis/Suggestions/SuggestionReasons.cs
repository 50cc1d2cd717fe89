using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Analysis.Suggestions;

/// <summary>Sentences a broker can read for why a partner is suggested, one per part of the score that applies.</summary>
public static class SuggestionReasons
{
    /// <param name="names">Names of the common partners' and shared domains' ids; an id without a name is shown as is.</param>
    public static IReadOnlyList<string> Describe(PartnerSuggestion suggestion, Actor actor, Actor candidate, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(names);
        string Name(string id) => names.TryGetValue(id, out var n) ? n : id;
        var reasons = new List<string>();
        if (suggestion.CommonPartnerCount > 0)
        {
            var named = suggestion.CommonPartnerIds.Select(Name).ToList();
            var more = suggestion.CommonPartnerCount - named.Count;
            var list = string.Join(", ", named) + (more > 0 ? $" and {more} more" : string.Empty);
            reasons.Add($"{suggestion.CommonPartnerCount} common partner{(suggestion.CommonPartnerCount == 1 ? string.Empty : "s")}: {list}");
        }

        if (suggestion.SharedDomainIds.Count > 0)
        {
            reasons.Add($"both active in {JoinAnd(suggestion.SharedDomainIds.Select(Name).ToList())}");
        }

        if (suggestion.ComplementaryKinds)
        {
            var partner = Adjective(candidate.Kind);
            var who = Noun(actor);
            reasons.Add($"{Article(partner)} {partner} partner for {Article(who)} {who}");
        }

        if (suggestion.CrossesBorder)
        {
            reasons.Add($"crosses the {actor.Country}–{candidate.Country} border");
        }

        return reasons;
    }

    private static string Adjective(ActorKind kind) => kind switch
    {
        ActorKind.Company => "company",
        ActorKind.Research => "research",
        ActorKind.Authority => "public-authority",
        _ => "intermediary",
    };

    private static string Noun(Actor actor) => actor.Kind switch
    {
        ActorKind.Company => actor.Sme == true ? "SME" : "company",
        ActorKind.Research => "research organisation",
        ActorKind.Authority => "public authority",
        _ => "intermediary",
    };

    private static string Article(string word) => word.StartsWith("SME", StringComparison.Ordinal) || "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    private static string JoinAnd(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
