using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Support;

/// <summary>Named sample graphs with hand-checked answers.</summary>
public static class TestGraphs
{
    /// <summary>
    /// Six actors in PL, DE and DK. a–b share p1 (2017) and p2 (2019) and are also declared;
    /// a–e, b–e share p1; b–c share p3 (2020); a–d are only declared (2019); f has no ties.
    /// Pairs: 5, cross-border: a–b, b–e, a–d = 3.
    /// </summary>
    public static GraphBatch Partners() => new GraphBuilder()
        .StandardRegions()
        .Domain("agri-food", "ict", "energy")
        .Actor("a", "Białystok University of Technology", ActorKind.Research, "PL", "region:PL84", null, "BUT", "Politechnika Białostocka")
        .Actor("b", "Hamburg Institute of International Economics", ActorKind.Research, "DE", "region:DE60", null, "HWWI")
        .Actor("c", "Hamburg", ActorKind.Authority, "DE", "region:DE60")
        .Actor("d", "Syddansk Innovation", ActorKind.Intermediary, "DK", "region:DK03")
        .Actor("e", "Agro Tech", ActorKind.Company, "PL", "region:PL", sme: true)
        .Actor("f", "Isolated Company", ActorKind.Company, "DE", "region:DE", sme: false)
        .Project("p1", 2017, ["b", "a", "e"], "agri-food")
        .Project("p2", 2019, ["a", "b"], "agri-food", "ict")
        .Project("p3", 2020, ["b", "c"], "energy")
        .Project("p4", 0, ["d"])
        .Declared("d", "a", 2019, "met at Vidzeme Innovation Week")
        .Declared("a", "b", null, "partners since 2016")
        .Member("e", "d")
        .ActiveIn("f", "ict")
        .Prioritises("PL84", "agri-food", "Agri-food and eco-innovation")
        .Prioritises("DE60", "energy", "Renewable energy")
        .Build();

    /// <summary>
    /// Paths from s to t. Countries: s, a, t PL; b, c, d DE. Ties (weight): s–a 3, a–t 1, s–b 1, b–t 5,
    /// s–c 2, c–d 2, d–t 2, s–e 1, e–t 1 (e PL). Two-hop paths: s-b-t (weakest 1, total 6), s-a-t (1, 4),
    /// s-e-t (1, 2); three hops: s-c-d-t (2, 6). Ranked: s-b-t, s-a-t, s-e-t, s-c-d-t. Crossing a border:
    /// s-b-t, s-c-d-t.
    /// </summary>
    public static GraphSnapshot Diamonds() => new SnapshotBuilder()
        .Actor("s", "PL").Actor("a", "PL").Actor("t", "PL").Actor("e", "PL")
        .Actor("b", "DE").Actor("c", "DE").Actor("d", "DE")
        .Tie("s", "a", 3).Tie("a", "t", 1).Tie("s", "b", 1).Tie("b", "t", 5)
        .Tie("s", "c", 2).Tie("c", "d", 2).Tie("d", "t", 2).Tie("s", "e", 1).Tie("e", "t", 1)
        .Build();

    /// <summary>
    /// Equal ties break on ids: s–x1–t, s–x2–t, s–x3–t and s–y1–y2–t, every tie weight 1.
    /// Ranked: s-x1-t, s-x2-t, s-x3-t, s-y1-y2-t.
    /// </summary>
    public static GraphSnapshot EqualLadder() => new SnapshotBuilder()
        .Actor("s").Actor("t").Actor("x1").Actor("x2").Actor("x3").Actor("y1").Actor("y2")
        .Tie("s", "x3").Tie("x3", "t").Tie("s", "x2").Tie("x2", "t").Tie("s", "x1").Tie("x1", "t")
        .Tie("s", "y1").Tie("y1", "y2").Tie("y2", "t")
        .Build();

    /// <summary>
    /// An SME s (company, PL) and a research institute t (DE), linked three ways:
    /// through r (research, PL, agri-food): s–r and r–t weight 1, 2015–2016;
    /// through c (company, DE, energy): s–c and c–t weight 4, 2020–2022;
    /// through the cluster k (intermediary, PL): s MEMBER_OF k, k–t weight 2 in 2019.
    /// s and t are both ACTIVE_IN space. Collaborations only: s-c-t, s-r-t. With memberships:
    /// s-c-t (4, 8), s-k-t (1, 3), s-r-t (1, 2). With shared domains: s-t first (one hop, strength 0).
    /// </summary>
    public static GraphSnapshot ThreeBridges() => new SnapshotBuilder()
        .Actor("s", "PL", ActorKind.Company).Actor("t", "DE", ActorKind.Research)
        .Actor("r", "PL", ActorKind.Research).Actor("c", "DE", ActorKind.Company).Actor("k", "PL", ActorKind.Intermediary)
        .Tie("s", "r", 1, 2015, 2016).Tie("r", "t", 1, 2015, 2016)
        .Tie("s", "c", 4, 2020, 2022).Tie("c", "t", 4, 2020, 2022)
        .Member("s", "k").Tie("k", "t", 2, 2019, 2019)
        .ActiveIn("r", "agri-food").ActiveIn("c", "energy").ActiveIn("s", "space").ActiveIn("t", "space")
        .Build();

    /// <summary>
    /// s, x, y, z, t in PL; f, g, h in DE. s–x, x–t, x–f, s–y, y–g, g–h, h–z, z–t. Crossing a border from s to t,
    /// the shortest walk s-x-f-x-t visits x twice; the only path is s-y-g-h-z-t (5 hops).
    /// </summary>
    public static GraphSnapshot BorderDetour() => new SnapshotBuilder()
        .Actor("s", "PL").Actor("x", "PL").Actor("y", "PL").Actor("z", "PL").Actor("t", "PL")
        .Actor("f", "DE").Actor("g", "DE").Actor("h", "DE")
        .Tie("s", "x").Tie("x", "t").Tie("x", "f").Tie("s", "y").Tie("y", "g").Tie("g", "h").Tie("h", "z").Tie("z", "t")
        .Build();
}
