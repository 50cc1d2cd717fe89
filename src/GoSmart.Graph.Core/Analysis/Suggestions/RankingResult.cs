namespace GoSmart.Graph.Core.Analysis.Suggestions;

/// <summary>How well one ranking found the hidden partners: hits@10 and mean reciprocal rank, both 0..1.</summary>
public sealed record RankingResult(PartnerRanking Ranking, double HitsAt10, double MeanReciprocalRank);
