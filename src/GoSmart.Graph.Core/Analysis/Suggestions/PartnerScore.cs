using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Suggestions;

/// <summary>
/// The partner score of a candidate c for an actor u that does not collaborate with it (weights in
/// <see cref="PartnerScoreWeights"/>, defaults in brackets):
/// Σ_{z common partner} r(u,z)·r(z,c) / ln(deg z) — Adamic and Adar (2003), each tie weighted by its recency
/// r = 2^(−(now − last year)/half-life [2]) with now the graph's latest year —
/// + [0.1] × cosine of their ACTIVE_IN domain sets + [0.1] when their kinds complement each other
/// + [0.02] when they are in different countries + [0.05] × ln(1 + deg c).
/// Scoring every candidate of one actor is O(Σ_{z∈N(u)} deg z + n·domains).
/// </summary>
public sealed class PartnerScore
{
    private readonly GraphSnapshot graph;
    private readonly PartnerScoreWeights weights;
    private readonly int[] stamp;
    private readonly double[] adamicAdar;
    private readonly int[] common;
    private readonly bool[] actorDomains;
    private readonly int now;
    private int round;

    public PartnerScore(GraphSnapshot graph, PartnerScoreWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        this.graph = graph;
        this.weights = weights ?? PartnerScoreWeights.Default;
        var n = graph.NodeCount;
        stamp = new int[n];
        adamicAdar = new double[n];
        common = new int[n];
        actorDomains = new bool[graph.DomainIds.Count];
        now = graph.LastYears.Length == 0 ? 0 : graph.LastYears.Max();
    }

    /// <summary>
    /// Kinds that complement each other in a partnership: a company and a research organisation (the SME ↔
    /// research tie of TIBS), an authority and an intermediary, a company and an intermediary.
    /// </summary>
    public static bool Complementary(ActorKind a, ActorKind b) => (a, b) switch
    {
        (ActorKind.Company, ActorKind.Research) or (ActorKind.Research, ActorKind.Company) => true,
        (ActorKind.Authority, ActorKind.Intermediary) or (ActorKind.Intermediary, ActorKind.Authority) => true,
        (ActorKind.Company, ActorKind.Intermediary) or (ActorKind.Intermediary, ActorKind.Company) => true,
        _ => false,
    };

    /// <summary>
    /// Scores every node for <paramref name="actor"/> into <paramref name="scores"/>: NaN for the actor and its
    /// collaborators (not candidates). <paramref name="random"/> is used by <see cref="PartnerRanking.Random"/> only.
    /// </summary>
    public void ScoreAll(int actor, PartnerRanking ranking, double[] scores, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var n = graph.NodeCount;
        round++;
        var neighbourMark = -round;
        foreach (var z in graph.NeighboursOf(actor))
        {
            stamp[z] = neighbourMark;
        }

        // Common partners: two hops through each collaborator z, skipping the actor and its collaborators.
        for (var e = graph.Offsets[actor]; e < graph.Offsets[actor + 1]; e++)
        {
            var z = graph.Neighbours[e];
            var weight = 1 / Math.Log(graph.DegreeOf(z)) * Recency(e);
            for (var f = graph.Offsets[z]; f < graph.Offsets[z + 1]; f++)
            {
                var c = graph.Neighbours[f];
                if (c == actor || stamp[c] == neighbourMark)
                {
                    continue;
                }

                if (stamp[c] != round)
                {
                    stamp[c] = round;
                    adamicAdar[c] = 0;
                    common[c] = 0;
                }

                adamicAdar[c] += weight * Recency(f);
                common[c]++;
            }
        }

        var domains = graph.DomainsOf(actor);
        Array.Clear(actorDomains);
        foreach (var d in domains)
        {
            actorDomains[d] = true;
        }

        var kind = graph.Kinds[actor];
        var country = graph.Countries[actor];
        for (var c = 0; c < n; c++)
        {
            if (c == actor || stamp[c] == neighbourMark)
            {
                scores[c] = double.NaN;
                continue;
            }

            var reached = stamp[c] == round;
            scores[c] = ranking switch
            {
                PartnerRanking.CommonNeighbours => reached ? common[c] : 0,
                PartnerRanking.Random => random!.NextDouble(),
                _ => (reached ? adamicAdar[c] : 0)
                    + (weights.Domains * DomainCosine(domains.Length, c))
                    + (Complementary(kind, graph.Kinds[c]) ? weights.Kinds : 0)
                    + (string.Equals(country, graph.Countries[c], StringComparison.Ordinal) ? 0 : weights.Border)
                    + (weights.Activity * Math.Log(1 + graph.DegreeOf(c))),
            };
        }
    }

    /// <summary>The common partners of the actor and a candidate scored by the last <see cref="ScoreAll"/>, most specific (lowest degree) first.</summary>
    public List<int> CommonPartners(int actor, int candidate)
    {
        var result = new List<int>();
        var theirs = graph.NeighboursOf(candidate);
        foreach (var z in graph.NeighboursOf(actor))
        {
            if (theirs.BinarySearch(z) >= 0)
            {
                result.Add(z);
            }
        }

        result.Sort((a, b) => graph.DegreeOf(a) != graph.DegreeOf(b) ? graph.DegreeOf(a).CompareTo(graph.DegreeOf(b)) : a.CompareTo(b));
        return result;
    }

    /// <summary>The domains (indexes) the actor of the last <see cref="ScoreAll"/> shares with a candidate.</summary>
    public List<int> SharedDomains(int candidate)
    {
        var result = new List<int>();
        foreach (var d in graph.DomainsOf(candidate))
        {
            if (actorDomains[d])
            {
                result.Add(d);
            }
        }

        return result;
    }

    private double Recency(int tie) => weights.RecencyHalfLife <= 0 ? 1 : Math.Pow(0.5, Math.Max(0, now - graph.LastYears[tie]) / weights.RecencyHalfLife);

    private double DomainCosine(int actorDomainCount, int candidate)
    {
        var theirs = graph.DomainsOf(candidate);
        if (actorDomainCount == 0 || theirs.Length == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var d in theirs)
        {
            if (actorDomains[d])
            {
                shared++;
            }
        }

        return shared / Math.Sqrt(actorDomainCount * (double)theirs.Length);
    }
}
