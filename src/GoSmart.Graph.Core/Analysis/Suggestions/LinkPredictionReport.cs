namespace GoSmart.Graph.Core.Analysis.Suggestions;

/// <summary>The outcome of <see cref="LinkPredictionEvaluation"/>: the hidden year, how many ties and actors it covered, one result per ranking.</summary>
public sealed record LinkPredictionReport(int HiddenYear, int HiddenTies, int Actors, IReadOnlyList<RankingResult> Results)
{
    public RankingResult this[PartnerRanking ranking] => Results.Single(r => r.Ranking == ranking);
}
