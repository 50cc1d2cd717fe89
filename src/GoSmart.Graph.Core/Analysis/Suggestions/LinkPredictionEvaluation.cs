using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Suggestions;

/// <summary>
/// Measures partner rankings by hiding the future: the collaborations whose first year is the latest first
/// year in the graph are removed, and for every actor that gained partners that year and had at least one tie
/// before, all its non-partners are ranked on the remaining graph (score desc, then id). Hits@10: the share of
/// those actors with a new partner in their top 10; MRR: the mean of 1 / rank of their best-ranked new partner.
/// O(actors × (n + Σ deg of their partners)) per ranking.
/// </summary>
/// <remarks>ACTIVE_IN domains stay as they are: they are derived from all projects, the hidden year's included.</remarks>
public static class LinkPredictionEvaluation
{
    public static LinkPredictionReport Evaluate(GraphSnapshot graph, int seed, CancellationToken cancellationToken, PartnerScoreWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var lastYear = graph.FirstYears.Length == 0 ? 0 : graph.FirstYears.Max();
        var before = WithoutTiesFrom(graph, lastYear);
        var n = graph.NodeCount;
        var hidden = new List<int>[n];
        var hiddenTies = 0;
        for (var a = 0; a < n; a++)
        {
            for (var e = graph.Offsets[a]; e < graph.Offsets[a + 1]; e++)
            {
                if (graph.FirstYears[e] == lastYear && lastYear > 0)
                {
                    (hidden[a] ??= []).Add(graph.Neighbours[e]);
                    if (a < graph.Neighbours[e])
                    {
                        hiddenTies++;
                    }
                }
            }
        }

        var actors = Enumerable.Range(0, n).Where(a => hidden[a] is not null && before.DegreeOf(a) > 0).ToList();
        var rankings = new[] { PartnerRanking.Score, PartnerRanking.CommonNeighbours, PartnerRanking.Random };
        var scorer = new PartnerScore(before, weights);
        var scores = new double[n];
        var results = new List<RankingResult>();
        foreach (var ranking in rankings)
        {
            var random = new Random(seed);
            var hits = 0;
            var reciprocal = 0.0;
            foreach (var a in actors)
            {
                cancellationToken.ThrowIfCancellationRequested();
                scorer.ScoreAll(a, ranking, scores, random);
                var rank = BestRank(scores, hidden[a]);
                hits += rank <= 10 ? 1 : 0;
                reciprocal += 1.0 / rank;
            }

            var count = Math.Max(1, actors.Count);
            results.Add(new RankingResult(ranking, (double)hits / count, reciprocal / count));
        }

        return new LinkPredictionReport(lastYear, hiddenTies, actors.Count, results);
    }

    /// <summary>The rank (1-based) of the best-ranked target among the candidates (non-NaN), ties broken by index.</summary>
    private static int BestRank(double[] scores, List<int> targets)
    {
        var best = -1;
        foreach (var t in targets)
        {
            if (best < 0 || Better(scores, t, best))
            {
                best = t;
            }
        }

        var rank = 1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (!double.IsNaN(scores[c]) && Better(scores, c, best))
            {
                rank++;
            }
        }

        return rank;
    }

    private static bool Better(double[] scores, int a, int b) => scores[a] > scores[b] || (scores[a] == scores[b] && a < b);

    /// <summary>The same graph without the ties that started in <paramref name="year"/>.</summary>
    public static GraphSnapshot WithoutTiesFrom(GraphSnapshot graph, int year)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var b = new GraphSnapshotBuilder(graph.Version);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            b.AddActor(graph.ActorIds[v], graph.Kinds[v], graph.Countries[v], graph.RegionIds[v]);
        }

        foreach (var d in graph.DomainIds)
        {
            b.AddDomainId(d);
        }

        for (var v = 0; v < graph.NodeCount; v++)
        {
            for (var e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                var u = graph.Neighbours[e];
                if (v < u && graph.FirstYears[e] != year)
                {
                    b.AddTie(v, u, graph.Weights[e], graph.FirstYears[e], graph.LastYears[e], graph.Declared[e]);
                }
            }

            foreach (var m in graph.MembersOf(v))
            {
                if (v < m)
                {
                    b.AddMembership(v, m);
                }
            }

            for (var e = graph.DomainOffsets[v]; e < graph.DomainOffsets[v + 1]; e++)
            {
                b.AddDomain(v, graph.DomainIds[graph.ActorDomains[e]], graph.ActorDomainWeights[e]);
            }
        }

        return b.Build();
    }
}
