using GoSmart.Graph.Core.Analysis;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Support;

/// <summary>Named snapshots with hand-checked answers for the group analytics (connectors, network, matrix, overlap).</summary>
public static class AnalysisGraphs
{
    /// <summary>PL > PL84, DE > DE60 and DE12, DK > DK03.</summary>
    public static RegionHierarchy Regions() => new(
    [
        new Region("region:PL", "PL", "Poland", "PL", RegionLevel.Country),
        new Region("region:PL84", "PL84", "Podlaskie", "PL", RegionLevel.Nuts2) { ParentId = "region:PL" },
        new Region("region:DE", "DE", "Germany", "DE", RegionLevel.Country),
        new Region("region:DE60", "DE60", "Hamburg", "DE", RegionLevel.Nuts2) { ParentId = "region:DE" },
        new Region("region:DE12", "DE12", "Karlsruhe", "DE", RegionLevel.Nuts2) { ParentId = "region:DE" },
        new Region("region:DK", "DK", "Denmark", "DK", RegionLevel.Country),
        new Region("region:DK03", "DK03", "Syddanmark", "DK", RegionLevel.Nuts2) { ParentId = "region:DK" },
    ]);

    /// <summary>
    /// Podlaskie (p1 research agri-food, p2 company), Poland at country level (p3), Hamburg (h1 research
    /// agri-food, h2 company, h3 company agri-food), x in DE12, y in DK03, z in DK03.
    /// Ties: x–p1 3, x–p2 1, x–h1 2, x–h2 1 (x bridges from outside); p1–h3 2, p1–p2 1 (p1 bridges from
    /// inside); y–p3 5, y–h2 1 (y bridges Poland, not Podlaskie); z–p2 1 (one side only).
    /// </summary>
    public static GraphSnapshot Bridges()
    {
        var b = new GraphSnapshotBuilder(1);
        var p1 = b.AddActor("actor:p1", ActorKind.Research, "PL", "region:PL84");
        var p2 = b.AddActor("actor:p2", ActorKind.Company, "PL", "region:PL84");
        var p3 = b.AddActor("actor:p3", ActorKind.Company, "PL", "region:PL");
        var h1 = b.AddActor("actor:h1", ActorKind.Research, "DE", "region:DE60");
        var h2 = b.AddActor("actor:h2", ActorKind.Company, "DE", "region:DE60");
        var h3 = b.AddActor("actor:h3", ActorKind.Company, "DE", "region:DE60");
        var x = b.AddActor("actor:x", ActorKind.Research, "DE", "region:DE12");
        var y = b.AddActor("actor:y", ActorKind.Intermediary, "DK", "region:DK03");
        var z = b.AddActor("actor:z", ActorKind.Company, "DK", "region:DK03");
        b.AddDomain(p1, "domain:agri-food", 4);
        b.AddDomain(h1, "domain:agri-food", 2);
        b.AddDomain(h3, "domain:agri-food", 1);
        b.AddTie(x, p1, 3, 2016, 2019);
        b.AddTie(x, p2, 1, 2018, 2018);
        b.AddTie(x, h1, 2, 2017, 2020);
        b.AddTie(x, h2, 1, 2019, 2019);
        b.AddTie(p1, h3, 2, 2015, 2018);
        b.AddTie(p1, p2, 1, 2020, 2020);
        b.AddTie(y, p3, 5, 2014, 2020);
        b.AddTie(y, h2, 1, 2019, 2019);
        b.AddTie(z, p2, 1, 2019, 2019);
        return b.Build();
    }

    /// <summary>
    /// An ego network around c: c–a 3, c–b 1, c–d 1, a–b 1 (same depth), a–e 2, b–e 1, d–f 5, e–g 1.
    /// Depth 1 is a, b, d; depth 2 is f (5) then e (2); depth 3 is g.
    /// </summary>
    public static GraphSnapshot Ego()
    {
        var b = new GraphSnapshotBuilder(1);
        var ids = new Dictionary<string, int>();
        foreach (var name in new[] { "a", "b", "c", "d", "e", "f", "g" })
        {
            ids[name] = b.AddActor("actor:" + name, ActorKind.Company, name is "d" or "f" ? "DK" : "PL", "region:PL84");
        }

        foreach (var (u, v, w) in new[] { ("c", "a", 3), ("c", "b", 1), ("c", "d", 1), ("a", "b", 1), ("a", "e", 2), ("b", "e", 1), ("d", "f", 5), ("e", "g", 1) })
        {
            b.AddTie(ids[u], ids[v], w, 2018, 2020);
        }

        return b.Build();
    }

    /// <summary>
    /// u1 (PL84, research, agri-food), u2 (PL, company, agri-food and ict), v1 (DE60, company, ict),
    /// v2 (DE60, research, agri-food). Ties: u1–u2 2, u1–v1 1, u2–v1 3, u2–v2 1, v1–v2 4.
    /// </summary>
    public static GraphSnapshot Matrix()
    {
        var b = new GraphSnapshotBuilder(1);
        var u1 = b.AddActor("actor:u1", ActorKind.Research, "PL", "region:PL84");
        var u2 = b.AddActor("actor:u2", ActorKind.Company, "PL", "region:PL");
        var v1 = b.AddActor("actor:v1", ActorKind.Company, "DE", "region:DE60");
        var v2 = b.AddActor("actor:v2", ActorKind.Research, "DE", "region:DE60");
        b.AddDomain(u1, "domain:agri-food", 1);
        b.AddDomain(u2, "domain:agri-food", 1);
        b.AddDomain(u2, "domain:ict", 1);
        b.AddDomain(v1, "domain:ict", 1);
        b.AddDomain(v2, "domain:agri-food", 1);
        b.AddTie(u1, u2, 2, 2017, 2019);
        b.AddTie(u1, v1, 1, 2018, 2018);
        b.AddTie(u2, v1, 3, 2016, 2020);
        b.AddTie(u2, v2, 1, 2019, 2019);
        b.AddTie(v1, v2, 4, 2015, 2020);
        return b.Build();
    }

    /// <summary>
    /// Podlaskie u1 (agri-food 3), u2 (agri-food 1, energy 2); Hamburg v1 (agri-food 3), v2 (energy 1);
    /// Syddanmark w1 (agri-food 1); o1 in DE12 (agri-food 5, outside every given region).
    /// Ties: u1–v1 2, u1–u2 1, v1–w1 1, u1–o1 4, u2–v2 1.
    /// </summary>
    public static GraphSnapshot Overlap()
    {
        var b = new GraphSnapshotBuilder(1);
        var u1 = b.AddActor("actor:u1", ActorKind.Research, "PL", "region:PL84");
        var u2 = b.AddActor("actor:u2", ActorKind.Company, "PL", "region:PL84");
        var v1 = b.AddActor("actor:v1", ActorKind.Research, "DE", "region:DE60");
        var v2 = b.AddActor("actor:v2", ActorKind.Company, "DE", "region:DE60");
        var w1 = b.AddActor("actor:w1", ActorKind.Company, "DK", "region:DK03");
        var o1 = b.AddActor("actor:o1", ActorKind.Research, "DE", "region:DE12");
        b.AddDomain(u1, "domain:agri-food", 3);
        b.AddDomain(u2, "domain:agri-food", 1);
        b.AddDomain(u2, "domain:energy", 2);
        b.AddDomain(v1, "domain:agri-food", 3);
        b.AddDomain(v2, "domain:energy", 1);
        b.AddDomain(w1, "domain:agri-food", 1);
        b.AddDomain(o1, "domain:agri-food", 5);
        b.AddTie(u1, v1, 2, 2017, 2019);
        b.AddTie(u1, u2, 1, 2018, 2018);
        b.AddTie(v1, w1, 1, 2019, 2019);
        b.AddTie(u1, o1, 4, 2015, 2020);
        b.AddTie(u2, v2, 1, 2020, 2020);
        return b.Build();
    }
}
