using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Support;

/// <summary>Named sample graphs as snapshots (unit weights), for the whole-graph algorithms.</summary>
public static class SnapshotGraphs
{
    /// <summary>Borgatti's structural-holes example, networkx's test graph: edges A-B, A-F, A-G, A-E, E-G, F-G, B-G, B-D, D-G, G-C.</summary>
    public static GraphSnapshot Borgatti() => FromEdges("AB AF AG AE EG FG BG BD DG GC");

    /// <summary>Krackhardt's kite (nodes 0..9), networkx's betweenness test graph.</summary>
    public static GraphSnapshot Kite() => FromEdges("01 02 03 05 13 14 16 23 25 34 35 36 46 56 57 67 78 89");

    /// <summary>A graph from two-letter edges ("AB CD"); one-letter actor ids, all Polish companies.</summary>
    public static GraphSnapshot FromEdges(string edges, long version = 1)
    {
        var b = new GraphSnapshotBuilder(version);
        var local = new Dictionary<char, int>();
        int Node(char c) => local.TryGetValue(c, out var i) ? i : local[c] = b.AddActor(c.ToString(), ActorKind.Company, "PL", "region:PL84");
        foreach (var e in edges.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            b.AddTie(Node(e[0]), Node(e[1]), 1, 2020, 2020);
        }

        return b.Build();
    }
}
