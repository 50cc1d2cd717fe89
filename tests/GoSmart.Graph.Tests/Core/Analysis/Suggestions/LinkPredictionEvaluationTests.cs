using GoSmart.Graph.Core.Analysis.Suggestions;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GoSmart.Graph.Tests.Core.Analysis.Suggestions;

[Collection(SeededServiceGroup.Name)]
public sealed class LinkPredictionEvaluationTests(SeededService service, ITestOutputHelper output)
{
    [Fact]
    public async Task Evaluate_on_the_seed_the_partner_score_beats_both_baselines_on_hits_and_mrr()
    {
        var snapshot = await service.Factory.Services.GetRequiredService<IGraphStore>().GetSnapshotAsync(CancellationToken.None);

        var report = LinkPredictionEvaluation.Evaluate(snapshot, seed: 1, CancellationToken.None);

        foreach (var r in report.Results)
        {
            output.WriteLine($"{report.HiddenYear} {report.HiddenTies} {report.Actors} {r.Ranking} hits@10 {r.HitsAt10:F4} mrr {r.MeanReciprocalRank:F4}");
        }

        Assert.True(report.Actors > 0);
        var score = report[PartnerRanking.Score];
        foreach (var baseline in new[] { PartnerRanking.CommonNeighbours, PartnerRanking.Random })
        {
            Assert.True(score.HitsAt10 > report[baseline].HitsAt10, $"hits@10 {score.HitsAt10} vs {baseline} {report[baseline].HitsAt10}");
            Assert.True(score.MeanReciprocalRank > report[baseline].MeanReciprocalRank, $"MRR {score.MeanReciprocalRank} vs {baseline} {report[baseline].MeanReciprocalRank}");
        }
    }
}
