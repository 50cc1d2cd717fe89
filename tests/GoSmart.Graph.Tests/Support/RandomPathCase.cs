using CsCheck;
using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// A small random graph (actors <c>actor:n00</c>…, countries PL/DE/DK, four kinds, domains <c>domain:d0</c>…<c>d2</c>,
/// ties with weight and years, memberships) with random path constraints, for property tests of the path search.
/// A tie of weight 3 is a declared one.
/// </summary>
public sealed record RandomPathCase(
    int N, (int, int, int, int)[] Ties, (int, int)[] Members, int[] Countries, int[] Kinds, int[] Domains, int Target,
    int K, int MaxHops, int Via, bool CrossBorder, int KindMask, int DomainFilter, int Avoid, int MinWeight, int Since)
{
    private static readonly string[] CountryCodes = ["PL", "DE", "DK"];

    /// <summary>Cases of 3 to <paramref name="maxActors"/> actors; <c>Via</c> is a bit set of <see cref="RelationKind"/> from 1 to <paramref name="maxVia"/>.</summary>
    public static Gen<RandomPathCase> Generator(int maxActors, int maxTies, int maxMembers, int maxVia) =>
        from n in Gen.Int[3, maxActors]
        from ties in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[1, 3], Gen.Int[2015, 2022]).Array[0, maxTies]
        from members in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1]).Array[0, maxMembers]
        from countries in Gen.Int[0, 2].Array[n]
        from kinds in Gen.Int[0, 3].Array[n]
        from domains in Gen.Int[0, 3].Array[n]
        from target in Gen.Int[1, n - 1]
        from k in Gen.Int[1, 10]
        from maxHops in Gen.Int[1, 6]
        from via in Gen.Int[1, maxVia]
        from crossBorder in Gen.Bool
        from kindMask in Gen.Int[0, 15]
        from domainFilter in Gen.Int[-1, 3]
        from avoid in Gen.Int[-1, n - 1]
        from minWeight in Gen.Int[1, 3]
        from since in Gen.Int[2014, 2022]
        select new RandomPathCase(n, ties, members, countries, kinds, domains, target, k, maxHops, via, crossBorder, kindMask, domainFilter, avoid, minWeight, since);

    public static string Id(int i) => $"actor:n{i:D2}";

    public static string DomainId(int d) => $"domain:d{d}";

    public GraphSnapshot Build()
    {
        var b = new GraphSnapshotBuilder(1);
        for (var i = 0; i < N; i++)
        {
            b.AddActor(Id(i), (ActorKind)Kinds[i], CountryCodes[Countries[i]], "region:" + CountryCodes[Countries[i]]);
            if (Domains[i] < 3)
            {
                b.AddDomain(i, DomainId(Domains[i]), 1);
            }
        }

        foreach (var (a, z, weight, last) in Ties)
        {
            if (a != z)
            {
                b.AddTie(a, z, weight, last - 2, last, isDeclared: weight == 3);
            }
        }

        foreach (var (member, cluster) in Members)
        {
            b.AddMembership(member, cluster);
        }

        return b.Build();
    }

    public PathConstraints Constraints() => new()
    {
        Via = [.. Enum.GetValues<RelationKind>().Where(r => (Via & (1 << (int)r)) != 0)],
        CrossBorder = CrossBorder,
        IntermediaryKinds = KindMask == 0 ? null : [.. Enum.GetValues<ActorKind>().Where(kind => (KindMask & (1 << (int)kind)) != 0)],
        IntermediaryDomain = DomainFilter < 0 ? null : DomainId(DomainFilter),
        Avoid = Avoid < 0 ? [] : [Id(Avoid)],
        MinWeight = MinWeight,
        SinceYear = Since == 2014 ? null : Since,
    };

    public string Describe() =>
        $"n={N} target={Target} k={K} maxHops={MaxHops} via={Via} crossBorder={CrossBorder} kinds={KindMask} domain={DomainFilter} avoid={Avoid} " +
        $"minWeight={MinWeight} since={Since} ties=[{string.Join(' ', Ties.Select(t => $"{t.Item1}-{t.Item2}:{t.Item3}/{t.Item4}"))}] " +
        $"members=[{string.Join(' ', Members.Select(m => $"{m.Item1}>{m.Item2}"))}] countries=[{string.Join(',', Countries)}] kinds=[{string.Join(',', Kinds)}] domains=[{string.Join(',', Domains)}]";
}
