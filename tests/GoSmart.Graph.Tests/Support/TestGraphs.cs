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
}
