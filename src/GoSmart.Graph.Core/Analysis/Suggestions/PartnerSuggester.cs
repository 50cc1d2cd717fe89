using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Suggestions;

/// <summary>
/// Partner suggestions for one actor: every actor it does not collaborate with, that passes the filter and
/// scores above 0 by <see cref="PartnerScore"/>, best first (score desc, then id). O(n + Σ_{z∈N(u)} deg z).
/// </summary>
public static class PartnerSuggester
{
    /// <summary>How many common partners a suggestion names (it always counts them all).</summary>
    public const int NamedCommonPartners = 3;

    /// <summary>The suggestions, or null when the snapshot has no such actor.</summary>
    public static IReadOnlyList<PartnerSuggestion>? Suggest(GraphSnapshot graph, string actorId, int first, SuggestionFilter? filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var actor = graph.IndexOf(actorId);
        if (actor < 0)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var scorer = new PartnerScore(graph);
        var scores = new double[graph.NodeCount];
        scorer.ScoreAll(actor, PartnerRanking.Score, scores);
        var domain = filter?.S3DomainId is { } d ? graph.DomainIndexOf(d) : -1;
        var candidates = new List<int>();
        for (var c = 0; c < scores.Length; c++)
        {
            if (scores[c] > 0 && Passes(graph, actor, c, filter, domain))
            {
                candidates.Add(c);
            }
        }

        candidates.Sort((a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        return candidates.Take(first).Select(c =>
        {
            var common = scorer.CommonPartners(actor, c);
            return new PartnerSuggestion(
                graph.ActorIds[c],
                scores[c],
                common.Count,
                common.Take(NamedCommonPartners).Select(z => graph.ActorIds[z]).ToList(),
                scorer.SharedDomains(c).Select(x => graph.DomainIds[x]).ToList(),
                PartnerScore.Complementary(graph.Kinds[actor], graph.Kinds[c]),
                !string.Equals(graph.Countries[actor], graph.Countries[c], StringComparison.Ordinal));
        }).ToList();
    }

    private static bool Passes(GraphSnapshot graph, int actor, int c, SuggestionFilter? filter, int domain)
    {
        if (filter is null)
        {
            return true;
        }

        return (filter.Countries is not { } countries || countries.Contains(graph.Countries[c], StringComparer.Ordinal))
            && (filter.Kinds is not { } kinds || kinds.Contains(graph.Kinds[c]))
            && (filter.RegionIds is not { } regions || regions.Contains(graph.RegionIds[c]))
            && (filter.S3DomainId is null || (domain >= 0 && graph.DomainsOf(c).BinarySearch(domain) >= 0))
            && (!filter.CrossBorderOnly || !string.Equals(graph.Countries[actor], graph.Countries[c], StringComparison.Ordinal));
    }
}
