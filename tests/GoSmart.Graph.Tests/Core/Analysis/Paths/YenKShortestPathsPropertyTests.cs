using CsCheck;
using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Analysis.Paths;

/// <summary>Random small graphs and constraints, checked against brute-force enumeration of every simple path.</summary>
public sealed class YenKShortestPathsPropertyTests
{
    private static readonly Gen<RandomPathCase> Cases = RandomPathCase.Generator(maxActors: 12, maxTies: 36, maxMembers: 4, maxVia: 7);

    [Fact]
    public void Find_returns_exactly_the_k_best_simple_paths_that_respect_every_constraint() =>
        Cases.Sample(c =>
        {
            var graph = c.Build();
            var constraints = c.Constraints();

            var found = YenKShortestPaths.Find(graph, RandomPathCase.Id(0), RandomPathCase.Id(c.Target), c.K, c.MaxHops, constraints, CancellationToken.None);
            var expected = BruteForce(graph, c, constraints);

            Assert.Equal(expected.Select(p => string.Join(' ', p.Ids)), found.Select(p => string.Join(' ', p.ActorIds)));
            Assert.Equal(expected.Select(p => (p.Weakest, p.Total)), found.Select(p => (p.WeakestLink, p.TotalStrength)));
            Assert.All(found, p => Assert.Equal(p.ActorIds.Count, p.ActorIds.Distinct().Count()));
        }, iter: 3000, print: c => c.Describe());

    [Fact]
    public void Find_with_nothing_filtered_returns_exactly_the_k_best_simple_paths() =>
        Cases.Sample(c =>
        {
            var graph = c.Build();
            var constraints = PathConstraints.Default with { Avoid = c.Avoid == 0 ? [RandomPathCase.Id(0), RandomPathCase.Id(c.Target)] : [] };

            var found = YenKShortestPaths.Find(graph, RandomPathCase.Id(0), RandomPathCase.Id(c.Target), c.K, c.MaxHops, constraints, CancellationToken.None);
            var expected = BruteForce(graph, c, constraints);

            Assert.Equal(expected.Select(p => string.Join(' ', p.Ids)), found.Select(p => string.Join(' ', p.ActorIds)));
            Assert.Equal(expected.Select(p => (p.Weakest, p.Total)), found.Select(p => (p.WeakestLink, p.TotalStrength)));
        }, iter: 3000, print: c => c.Describe());

    [Fact]
    public void Find_k1_is_the_first_of_the_k_best() =>
        Cases.Sample(c =>
        {
            var graph = c.Build();
            var constraints = c.Constraints();

            var one = YenKShortestPaths.Find(graph, RandomPathCase.Id(0), RandomPathCase.Id(c.Target), 1, c.MaxHops, constraints, CancellationToken.None);
            var many = YenKShortestPaths.Find(graph, RandomPathCase.Id(0), RandomPathCase.Id(c.Target), 6, c.MaxHops, constraints, CancellationToken.None);

            Assert.Equal(many.Take(1).Select(p => p.ActorIds), one.Select(p => p.ActorIds));
        }, iter: 1000, print: c => c.Describe());

    /// <summary>Every simple path from n0 to the target, each step by its strongest allowed relation, sorted by the documented ranking.</summary>
    private static List<Expected> BruteForce(GraphSnapshot graph, RandomPathCase c, PathConstraints constraints)
    {
        var all = new List<Expected>();
        var path = new List<int> { 0 };
        var strengths = new List<int>();
        void Walk(int u)
        {
            if (u == c.Target)
            {
                var crosses = false;
                for (var i = 1; i < path.Count; i++)
                {
                    crosses |= c.Countries[path[i]] != c.Countries[path[i - 1]];
                }

                if (!constraints.CrossBorder || crosses)
                {
                    all.Add(new Expected(path.Select(RandomPathCase.Id).ToArray(), strengths.Min(), strengths.Sum()));
                }

                return;
            }

            if (path.Count - 1 == c.MaxHops)
            {
                return;
            }

            for (var v = 0; v < c.N; v++)
            {
                if (path.Contains(v) || (v != c.Target && !Intermediary(v, c, constraints)) || Strength(graph, c, constraints, u, v) is not { } s)
                {
                    continue;
                }

                path.Add(v);
                strengths.Add(s);
                Walk(v);
                path.RemoveAt(path.Count - 1);
                strengths.RemoveAt(strengths.Count - 1);
            }
        }

        Walk(0);
        all.Sort((a, b) =>
            a.Ids.Length != b.Ids.Length ? a.Ids.Length.CompareTo(b.Ids.Length)
            : a.Weakest != b.Weakest ? b.Weakest.CompareTo(a.Weakest)
            : a.Total != b.Total ? b.Total.CompareTo(a.Total)
            : string.CompareOrdinal(string.Join('\n', a.Ids), string.Join('\n', b.Ids)));
        return all.Take(c.K).ToList();
    }

    private static bool Intermediary(int v, RandomPathCase c, PathConstraints constraints) =>
        v != 0
        && !constraints.Avoid.Contains(RandomPathCase.Id(v))
        && (constraints.IntermediaryKinds is null || constraints.IntermediaryKinds.Contains((ActorKind)c.Kinds[v]))
        && (constraints.IntermediaryDomain is null || (c.Domains[v] < 3 && RandomPathCase.DomainId(c.Domains[v]) == constraints.IntermediaryDomain));

    private static int? Strength(GraphSnapshot graph, RandomPathCase c, PathConstraints constraints, int u, int v)
    {
        int? best = null;
        if (constraints.Via.Contains(RelationKind.Collaboration))
        {
            var e = graph.TieIndex(graph.IndexOf(RandomPathCase.Id(u)), graph.IndexOf(RandomPathCase.Id(v)));
            if (e >= 0 && graph.Weights[e] >= constraints.MinWeight && (constraints.SinceYear is null || graph.LastYears[e] >= constraints.SinceYear))
            {
                best = graph.Weights[e];
            }
        }

        if (best is null && constraints.Via.Contains(RelationKind.Membership) && c.Members.Any(m => (m.Item1 == u && m.Item2 == v) || (m.Item1 == v && m.Item2 == u)))
        {
            best = 1;
        }

        if (best is null && constraints.Via.Contains(RelationKind.SharedDomain) && c.Domains[u] < 3 && c.Domains[u] == c.Domains[v])
        {
            best = 0;
        }

        return best;
    }

    private sealed record Expected(string[] Ids, int Weakest, int Total);
}
