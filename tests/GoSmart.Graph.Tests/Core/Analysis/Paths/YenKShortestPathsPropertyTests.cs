using CsCheck;
using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Core.Analysis.Paths;

/// <summary>Random small graphs and constraints, checked against brute-force enumeration of every simple path.</summary>
public sealed class YenKShortestPathsPropertyTests
{
    private static readonly string[] CountryCodes = ["PL", "DE", "DK"];

    private static readonly Gen<Case> Cases =
        from n in Gen.Int[3, 12]
        from ties in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[1, 3], Gen.Int[2015, 2022]).Array[0, 36]
        from members in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1]).Array[0, 4]
        from countries in Gen.Int[0, 2].Array[n]
        from kinds in Gen.Int[0, 3].Array[n]
        from domains in Gen.Int[0, 3].Array[n]
        from target in Gen.Int[1, n - 1]
        from k in Gen.Int[1, 10]
        from maxHops in Gen.Int[1, 6]
        from via in Gen.Int[1, 7]
        from crossBorder in Gen.Bool
        from kindMask in Gen.Int[0, 15]
        from domainFilter in Gen.Int[-1, 3]
        from avoid in Gen.Int[-1, n - 1]
        from minWeight in Gen.Int[1, 3]
        from since in Gen.Int[2014, 2022]
        select new Case(n, ties, members, countries, kinds, domains, target, k, maxHops, via, crossBorder, kindMask, domainFilter, avoid, minWeight, since);

    [Fact]
    public void Find_returns_exactly_the_k_best_simple_paths_that_respect_every_constraint() =>
        Cases.Sample(c =>
        {
            var graph = c.Build();
            var constraints = c.Constraints();

            var found = YenKShortestPaths.Find(graph, Id(0), Id(c.Target), c.K, c.MaxHops, constraints, CancellationToken.None);
            var expected = BruteForce(graph, c, constraints);

            Assert.Equal(expected.Select(p => string.Join(' ', p.Ids)), found.Select(p => string.Join(' ', p.ActorIds)));
            Assert.Equal(expected.Select(p => (p.Weakest, p.Total)), found.Select(p => (p.WeakestLink, p.TotalStrength)));
            Assert.All(found, p => Assert.Equal(p.ActorIds.Count, p.ActorIds.Distinct().Count()));
        }, iter: 3000, print: c => c.Describe());

    [Fact]
    public void Find_k1_is_the_first_of_the_k_best() =>
        Cases.Sample(c =>
        {
            var graph = c.Build();
            var constraints = c.Constraints();

            var one = YenKShortestPaths.Find(graph, Id(0), Id(c.Target), 1, c.MaxHops, constraints, CancellationToken.None);
            var many = YenKShortestPaths.Find(graph, Id(0), Id(c.Target), 6, c.MaxHops, constraints, CancellationToken.None);

            Assert.Equal(many.Take(1).Select(p => p.ActorIds), one.Select(p => p.ActorIds));
        }, iter: 1000, print: c => c.Describe());

    private static string Id(int i) => $"actor:n{i:D2}";

    /// <summary>Every simple path from n0 to the target, each step by its strongest allowed relation, sorted by the documented ranking.</summary>
    private static List<Expected> BruteForce(GraphSnapshot graph, Case c, PathConstraints constraints)
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
                    all.Add(new Expected(path.Select(Id).ToArray(), strengths.Min(), strengths.Sum()));
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

    private static bool Intermediary(int v, Case c, PathConstraints constraints) =>
        v != 0
        && !constraints.Avoid.Contains(Id(v))
        && (constraints.IntermediaryKinds is null || constraints.IntermediaryKinds.Contains((ActorKind)c.Kinds[v]))
        && (constraints.IntermediaryDomain is null || (c.Domains[v] < 3 && GraphBuilderDomain(c.Domains[v]) == constraints.IntermediaryDomain));

    private static int? Strength(GraphSnapshot graph, Case c, PathConstraints constraints, int u, int v)
    {
        int? best = null;
        if (constraints.Via.Contains(RelationKind.Collaboration))
        {
            var e = graph.TieIndex(graph.IndexOf(Id(u)), graph.IndexOf(Id(v)));
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

    private static string GraphBuilderDomain(int d) => $"domain:d{d}";

    private sealed record Expected(string[] Ids, int Weakest, int Total);

    private sealed record Case(
        int N, (int, int, int, int)[] Ties, (int, int)[] Members, int[] Countries, int[] Kinds, int[] Domains, int Target,
        int K, int MaxHops, int Via, bool CrossBorder, int KindMask, int DomainFilter, int Avoid, int MinWeight, int Since)
    {
        public GraphSnapshot Build()
        {
            var b = new GraphSnapshotBuilder(1);
            for (var i = 0; i < N; i++)
            {
                b.AddActor(Id(i), (ActorKind)Kinds[i], CountryCodes[Countries[i]], "region:" + CountryCodes[Countries[i]]);
                if (Domains[i] < 3)
                {
                    b.AddDomain(i, GraphBuilderDomain(Domains[i]), 1);
                }
            }

            foreach (var (a, z, weight, last) in Ties)
            {
                if (a != z)
                {
                    b.AddTie(a, z, weight, last - 2, last);
                }
            }

            foreach (var (member, cluster) in Members)
            {
                b.AddMembership(member, cluster);
            }

            return b.Build();
        }

        public string Describe() =>
            $"n={N} target={Target} k={K} maxHops={MaxHops} via={Via} crossBorder={CrossBorder} kinds={KindMask} domain={DomainFilter} avoid={Avoid} " +
            $"minWeight={MinWeight} since={Since} ties=[{string.Join(' ', Ties.Select(t => $"{t.Item1}-{t.Item2}:{t.Item3}/{t.Item4}"))}] " +
            $"members=[{string.Join(' ', Members.Select(m => $"{m.Item1}>{m.Item2}"))}] countries=[{string.Join(',', Countries)}] kinds=[{string.Join(',', Kinds)}] domains=[{string.Join(',', Domains)}]";

        public PathConstraints Constraints() => new()
        {
            Via = [.. Enum.GetValues<RelationKind>().Where(r => (Via & (1 << (int)r)) != 0)],
            CrossBorder = CrossBorder,
            IntermediaryKinds = KindMask == 0 ? null : [.. Enum.GetValues<ActorKind>().Where(kind => (KindMask & (1 << (int)kind)) != 0)],
            IntermediaryDomain = DomainFilter < 0 ? null : GraphBuilderDomain(DomainFilter),
            Avoid = Avoid < 0 ? [] : [Id(Avoid)],
            MinWeight = MinWeight,
            SinceYear = Since == 2014 ? null : Since,
        };
    }
}
