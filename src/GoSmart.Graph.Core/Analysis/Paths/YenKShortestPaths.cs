using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>
/// Yen (1971) k loopless shortest paths over a <see cref="GraphSnapshot"/>, ranked by <see cref="PathRanking"/>,
/// each spur search a bidirectional BFS with dynamic programming over the shortest-path DAG (<see cref="PathSearch"/>);
/// O(k · h · m) for h the hop limit. k = 1 is that one search.
/// </summary>
public static class YenKShortestPaths
{
    /// <summary>The k best loopless paths of at most <paramref name="maxHops"/> steps; empty when there is none.</summary>
    /// <exception cref="ArgumentException">An end is not in the snapshot, both ends are the same actor, or k or maxHops is below 1.</exception>
    public static IReadOnlyList<CollaborationPath> Find(
        GraphSnapshot graph, string fromId, string toId, int k, int maxHops, PathConstraints constraints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var from = graph.IndexOf(fromId);
        var to = graph.IndexOf(toId);
        if (from < 0 || to < 0)
        {
            throw new ArgumentException($"The actor `{(from < 0 ? fromId : toId)}` is not in the graph.");
        }

        return Find(graph, from, to, k, maxHops, constraints, cancellationToken);
    }

    public static IReadOnlyList<CollaborationPath> Find(
        GraphSnapshot graph, int from, int to, int k, int maxHops, PathConstraints constraints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(constraints);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        if ((uint)from >= (uint)graph.NodeCount || (uint)to >= (uint)graph.NodeCount)
        {
            throw new ArgumentException("Both ends must be nodes of the snapshot.");
        }

        if (from == to)
        {
            throw new ArgumentException("A path needs two different actors.");
        }

        var index = PathIndex.For(graph);
        var scratch = PathScratch.Rent(graph.NodeCount, graph.DomainIds.Count * 2 * index.CountryCount);
        try
        {
            var search = new PathSearch(graph, from, to, constraints, scratch, cancellationToken);
            var found = Run(search, from, k, maxHops, index.Country);
            var result = new CollaborationPath[found.Count];
            for (var i = 0; i < found.Count; i++)
            {
                result[i] = Describe(graph, search, found[i]);
            }

            return result;
        }
        finally
        {
            PathScratch.Return(scratch);
        }
    }

    private static List<Candidate> Run(PathSearch search, int from, int k, int maxHops, int[] country)
    {
        var accepted = new List<Candidate>(k);
        var first = search.Best(from, 0, int.MaxValue, maxHops, [], []);
        if (first is null)
        {
            return accepted;
        }

        accepted.Add(new Candidate(first.Nodes, first.Strengths));
        var candidates = new List<Candidate>();
        var next = new List<int>(k);
        while (accepted.Count < k)
        {
            var previous = accepted[^1];
            for (var i = 0; i < previous.Hops; i++)
            {
                var root = previous.Nodes.AsSpan(0, i + 1);
                next.Clear();
                foreach (var p in accepted)
                {
                    if (p.Hops > i && p.Nodes.AsSpan(0, i + 1).SequenceEqual(root) && !next.Contains(p.Nodes[i + 1]))
                    {
                        next.Add(p.Nodes[i + 1]);
                    }
                }

                var crossed = 0;
                var cap = int.MaxValue;
                for (var j = 0; j < i; j++)
                {
                    if (country[previous.Nodes[j]] != country[previous.Nodes[j + 1]])
                    {
                        crossed = 1;
                    }

                    cap = Math.Min(cap, previous.Strengths[j]);
                }

                var spur = search.Best(previous.Nodes[i], crossed, cap, maxHops - i, root[..^1], System.Runtime.InteropServices.CollectionsMarshal.AsSpan(next));
                if (spur is null)
                {
                    continue;
                }

                var nodes = new int[i + spur.Nodes.Length];
                root.CopyTo(nodes);
                spur.Nodes.AsSpan(1).CopyTo(nodes.AsSpan(i + 1));
                var strengths = new int[nodes.Length - 1];
                previous.Strengths.AsSpan(0, i).CopyTo(strengths);
                spur.Strengths.CopyTo(strengths.AsSpan(i));
                var candidate = new Candidate(nodes, strengths);
                if (!Contains(candidates, candidate) && !Contains(accepted, candidate))
                {
                    candidates.Add(candidate);
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            var best = 0;
            for (var c = 1; c < candidates.Count; c++)
            {
                if (candidates[c].CompareTo(candidates[best]) < 0)
                {
                    best = c;
                }
            }

            accepted.Add(candidates[best]);
            candidates.RemoveAt(best);
        }

        return accepted;
    }

    private static bool Contains(List<Candidate> list, Candidate candidate)
    {
        foreach (var c in list)
        {
            if (c.Nodes.AsSpan().SequenceEqual(candidate.Nodes))
            {
                return true;
            }
        }

        return false;
    }

    private static CollaborationPath Describe(GraphSnapshot graph, PathSearch search, Candidate c)
    {
        var steps = new PathStep[c.Hops];
        var ids = new string[c.Nodes.Length];
        var countries = new List<string>(2);
        var crossings = 0;
        for (var i = 0; i < c.Nodes.Length; i++)
        {
            ids[i] = graph.ActorIds[c.Nodes[i]];
            var code = graph.Countries[c.Nodes[i]];
            if (!countries.Contains(code))
            {
                countries.Add(code);
            }

            if (i > 0)
            {
                var (relation, _, tie) = search.StepBetween(c.Nodes[i - 1], c.Nodes[i]);
                steps[i - 1] = new PathStep(c.Nodes[i - 1], c.Nodes[i], relation, tie);
                if (!string.Equals(graph.Countries[c.Nodes[i - 1]], code, StringComparison.Ordinal))
                {
                    crossings++;
                }
            }
        }

        return new CollaborationPath(c.Nodes, ids, steps, countries, crossings, c.Weakest, c.Total);
    }

    private sealed class Candidate
    {
        public Candidate(int[] nodes, int[] strengths)
        {
            Nodes = nodes;
            Strengths = strengths;
            Weakest = int.MaxValue;
            foreach (var s in strengths)
            {
                Weakest = Math.Min(Weakest, s);
                Total += s;
            }
        }

        public int[] Nodes { get; }

        public int[] Strengths { get; }

        public int Hops => Strengths.Length;

        public int Weakest { get; }

        public int Total { get; }

        public int CompareTo(Candidate other) =>
            PathRanking.Compare(Hops, Weakest, Total, Nodes, other.Hops, other.Weakest, other.Total, other.Nodes);
    }
}
