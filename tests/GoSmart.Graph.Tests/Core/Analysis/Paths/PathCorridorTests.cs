using CsCheck;
using GoSmart.Graph.Core.Analysis.Paths;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Synthetic;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Analysis.Paths;

/// <summary>Yen over the corridor a store hands out gives exactly Yen over the whole snapshot: same paths, same steps, same ties.</summary>
public sealed class PathCorridorTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Gen<RandomPathCase> Cases = RandomPathCase.Generator(maxActors: 14, maxTies: 40, maxMembers: 6, maxVia: 3);

    [Fact]
    public void ReadAsync_then_Yen_finds_what_Yen_finds_on_the_whole_graph_for_random_graphs_and_constraints() =>
        Cases.Sample(c =>
        {
            var graph = c.Build();
            var constraints = c.Constraints();

            var (expected, actual, deepened) = BothWays(graph, 0, graph.IndexOf(RandomPathCase.Id(c.Target)), c.K, c.MaxHops, constraints);

            Assert.Equal(expected, actual);
            Assert.Equal(expected, deepened);
        }, iter: 3000, print: c => c.Describe());

    [Fact]
    public void ReadAsync_then_Yen_finds_what_Yen_finds_on_the_whole_graph_of_a_synthetic_network()
    {
        var graph = SyntheticNetwork.Generate(new SyntheticOptions { Actors = 800, AverageDegree = 8, Seed = 11 }).ToSnapshot();
        var random = new Random(5);
        var kinds = Enum.GetValues<ActorKind>();
        var compared = 0;
        var nonEmpty = 0;
        for (var i = 0; i < 300; i++)
        {
            var (from, to) = (random.Next(graph.NodeCount), random.Next(graph.NodeCount));
            if (from == to)
            {
                continue;
            }

            var constraints = (i % 6) switch
            {
                0 => PathConstraints.Default,
                1 => PathConstraints.Default with { CrossBorder = true, MinWeight = 2 },
                2 => PathConstraints.Default with { Via = [RelationKind.Collaboration, RelationKind.Membership], SinceYear = 2018 },
                3 => PathConstraints.Default with { IntermediaryKinds = [kinds[random.Next(kinds.Length)], ActorKind.Research] },
                4 => PathConstraints.Default with { IntermediaryDomain = SyntheticNetwork.DomainIds[random.Next(SyntheticNetwork.DomainIds.Count)] },
                _ => PathConstraints.Default with { Avoid = [.. Enumerable.Range(0, 20).Select(_ => graph.ActorIds[random.Next(graph.NodeCount)])], Via = [RelationKind.Membership, RelationKind.Collaboration] },
            };

            var (expected, actual, deepened) = BothWays(graph, from, to, 1 + random.Next(5), 2 + random.Next(5), constraints);

            Assert.Equal(expected, actual);
            Assert.Equal(expected, deepened);
            compared++;
            nonEmpty += expected.Count > 0 ? 1 : 0;
        }

        output.WriteLine($"{nonEmpty} of {compared} non-empty");
        Assert.True(nonEmpty > compared / 3, $"only {nonEmpty} of {compared} searches found a path: the comparison says little");
    }

    [Fact]
    public async Task ReadAsync_for_a_short_search_reads_a_small_part_of_the_graph()
    {
        var graph = SyntheticNetwork.Generate(new SyntheticOptions { Actors = 2_000, AverageDegree = 6, Seed = 3 }).ToSnapshot();
        var source = new SnapshotCorridorSource(graph);

        var corridor = await PathCorridor.ReadAsync(source, source.ActorAt(10), source.ActorAt(1_500), 3, PathConstraints.Default, int.MaxValue, CancellationToken.None);

        Assert.InRange(source.Calls, 1, 3);
        Assert.True(source.Rows < graph.TieEndCount / 10, $"{source.Rows} rows of {graph.TieEndCount} tie ends");
        Assert.True(corridor.NodeCount < graph.NodeCount / 10, $"{corridor.NodeCount} of {graph.NodeCount} actors");
    }

    [Fact]
    public async Task ReadAsync_beyond_the_row_budget_throws_with_the_budget()
    {
        var graph = SyntheticNetwork.Generate(new SyntheticOptions { Actors = 2_000, AverageDegree = 6, Seed = 3 }).ToSnapshot();
        var unlimited = new SnapshotCorridorSource(graph);
        await PathCorridor.ReadAsync(unlimited, unlimited.ActorAt(10), unlimited.ActorAt(1_500), 6, PathConstraints.Default, int.MaxValue, CancellationToken.None);
        var budget = unlimited.Rows / 2;
        var source = new SnapshotCorridorSource(graph);

        var e = await Assert.ThrowsAsync<PathCorridorLimitException>(() =>
            PathCorridor.ReadAsync(source, source.ActorAt(10), source.ActorAt(1_500), 6, PathConstraints.Default, budget, CancellationToken.None));

        Assert.Equal(budget, e.MaxRows);
        Assert.Equal(budget + 1, source.Rows);
    }

    [Fact]
    public async Task FindAsync_counts_the_budget_over_all_its_corridors()
    {
        var graph = SyntheticNetwork.Generate(new SyntheticOptions { Actors = 2_000, AverageDegree = 6, Seed = 3 }).ToSnapshot();
        var unlimited = new SnapshotCorridorSource(graph);
        await PathCorridor.FindAsync(unlimited, unlimited.ActorAt(10), unlimited.ActorAt(1_500), 10, 6, PathConstraints.Default, int.MaxValue, CancellationToken.None);
        var longest = new SnapshotCorridorSource(graph);
        await PathCorridor.ReadAsync(longest, longest.ActorAt(10), longest.ActorAt(1_500), 6, PathConstraints.Default, int.MaxValue, CancellationToken.None);
        var source = new SnapshotCorridorSource(graph);

        await Assert.ThrowsAsync<PathCorridorLimitException>(() =>
            PathCorridor.FindAsync(source, source.ActorAt(10), source.ActorAt(1_500), 10, 6, PathConstraints.Default, unlimited.Rows - 1, CancellationToken.None));

        Assert.True(unlimited.Rows > longest.Rows, $"deepening read {unlimited.Rows} rows, the longest corridor alone {longest.Rows}: the budget test says little");
        Assert.Equal(unlimited.Rows, source.Rows);
    }

    [Fact]
    public async Task FindAsync_stops_deepening_once_k_paths_are_found()
    {
        var graph = SyntheticNetwork.Generate(new SyntheticOptions { Actors = 2_000, AverageDegree = 6, Seed = 3 }).ToSnapshot();
        var a = Enumerable.Range(0, graph.NodeCount).First(i => graph.DegreeOf(i) > 0);
        var b = graph.NeighboursOf(a)[0];
        var deepening = new SnapshotCorridorSource(graph);
        var whole = new SnapshotCorridorSource(graph);

        var (_, paths) = await PathCorridor.FindAsync(deepening, deepening.ActorAt(a), deepening.ActorAt(b), 1, 6, PathConstraints.Default, int.MaxValue, CancellationToken.None);
        await PathCorridor.ReadAsync(whole, whole.ActorAt(a), whole.ActorAt(b), 6, PathConstraints.Default, int.MaxValue, CancellationToken.None);

        Assert.Equal(1, Assert.Single(paths).Hops);
        Assert.Equal(1, deepening.Calls);
        Assert.True(deepening.Rows < whole.Rows, $"{deepening.Rows} rows against {whole.Rows} for the corridor of 6 hops");
    }

    [Fact]
    public async Task FindAsync_reads_the_version_before_and_after_and_searches_once_when_it_stays()
    {
        var graph = SyntheticNetwork.Generate(new SyntheticOptions { Actors = 2_000, AverageDegree = 6, Seed = 3 }).ToSnapshot();
        var once = new SnapshotCorridorSource(graph);
        var (a, b) = FarPair(graph);

        var (_, paths) = await PathCorridor.FindAsync(once, once.ActorAt(a), once.ActorAt(b), 3, 6, PathConstraints.Default, int.MaxValue, CancellationToken.None);

        Assert.NotEmpty(paths);
        Assert.Equal(2, once.VersionReads);
    }

    [Fact]
    public async Task FindAsync_searches_again_when_a_write_moved_the_version_during_the_search()
    {
        var graph = SyntheticNetwork.Generate(new SyntheticOptions { Actors = 2_000, AverageDegree = 6, Seed = 3 }).ToSnapshot();
        var once = new SnapshotCorridorSource(graph);
        var (a, b) = FarPair(graph);
        var expected = await PathCorridor.FindAsync(once, once.ActorAt(a), once.ActorAt(b), 3, 6, PathConstraints.Default, int.MaxValue, CancellationToken.None);
        var moved = new SnapshotCorridorSource(graph) { OnVersionRead = s => s.Version = s.VersionReads == 2 ? 1 : s.Version };

        var (corridor, paths) = await PathCorridor.FindAsync(moved, moved.ActorAt(a), moved.ActorAt(b), 3, 6, PathConstraints.Default, int.MaxValue, CancellationToken.None);

        Assert.NotEmpty(paths);
        Assert.Equal(4, moved.VersionReads);
        Assert.Equal(2 * once.Calls, moved.Calls);
        Assert.Equal(expected.Paths.Select(p => Describe(p, expected.Corridor)), paths.Select(p => Describe(p, corridor)));
    }

    [Fact]
    public async Task FindAsync_on_a_graph_that_keeps_changing_answers_after_the_last_attempt()
    {
        var graph = SyntheticNetwork.Generate(new SyntheticOptions { Actors = 2_000, AverageDegree = 6, Seed = 3 }).ToSnapshot();
        var churning = new SnapshotCorridorSource(graph) { OnVersionRead = s => s.Version++ };
        var (a, b) = FarPair(graph);

        var (_, paths) = await PathCorridor.FindAsync(churning, churning.ActorAt(a), churning.ActorAt(b), 3, 6, PathConstraints.Default, int.MaxValue, CancellationToken.None);

        Assert.NotEmpty(paths);
        Assert.Equal(2 * PathCorridor.VersionAttempts - 1, churning.VersionReads);
    }

    [Fact]
    public void Supports_is_false_only_when_shared_domains_may_be_travelled()
    {
        Assert.True(PathCorridor.Supports(PathConstraints.Default with { Via = [RelationKind.Collaboration, RelationKind.Membership] }));
        Assert.False(PathCorridor.Supports(PathConstraints.Default with { Via = [RelationKind.Collaboration, RelationKind.SharedDomain] }));
    }

    /// <summary>The best-connected actor and the last actor three steps from it (so paths of several hops exist).</summary>
    private static (int From, int To) FarPair(GraphSnapshot graph)
    {
        var from = Enumerable.Range(0, graph.NodeCount).MaxBy(graph.DegreeOf);
        var distance = new Dictionary<int, int> { [from] = 0 };
        var queue = new Queue<int>([from]);
        var to = -1;
        while (queue.TryDequeue(out var u) && distance[u] < 3)
        {
            foreach (var v in graph.NeighboursOf(u))
            {
                if (distance.TryAdd(v, distance[u] + 1))
                {
                    queue.Enqueue(v);
                    to = distance[v] == 3 ? v : to;
                }
            }
        }

        return to >= 0 ? (from, to) : throw new InvalidOperationException("no actor three steps from the hub");
    }

    /// <summary>
    /// The k best paths over the whole graph, over the corridor of maxHops, and found by deepening corridors
    /// (<see cref="PathCorridor.FindAsync"/>), each described by ids and tie values.
    /// </summary>
    private static (List<string> Expected, List<string> Actual, List<string> Deepened) BothWays(GraphSnapshot graph, int from, int to, int k, int maxHops, PathConstraints constraints)
    {
        var source = new SnapshotCorridorSource(graph);
        var expected = YenKShortestPaths.Find(graph, from, to, k, maxHops, constraints, CancellationToken.None);
        var corridor = PathCorridor.ReadAsync(source, source.ActorAt(from), source.ActorAt(to), maxHops, constraints, int.MaxValue, CancellationToken.None).GetAwaiter().GetResult();
        var actual = YenKShortestPaths.Find(corridor, graph.ActorIds[from], graph.ActorIds[to], k, maxHops, constraints, CancellationToken.None);
        var (deepest, found) = PathCorridor.FindAsync(source, source.ActorAt(from), source.ActorAt(to), k, maxHops, constraints, int.MaxValue, CancellationToken.None).GetAwaiter().GetResult();
        return ([.. expected.Select(p => Describe(p, graph))], [.. actual.Select(p => Describe(p, corridor))], [.. found.Select(p => Describe(p, deepest))]);
    }

    private static string Describe(CollaborationPath p, GraphSnapshot g) =>
        $"{string.Join(' ', p.ActorIds)} | {string.Join(',', p.Countries)} x{p.BorderCrossings} w{p.WeakestLink} t{p.TotalStrength} | " +
        string.Join(' ', p.Steps.Select(s => $"{g.ActorIds[s.From]}>{g.ActorIds[s.To]}:{s.Relation}" +
            (s.TieIndex < 0 ? "" : $"/{g.Weights[s.TieIndex]}/{g.FirstYears[s.TieIndex]}/{g.LastYears[s.TieIndex]}/{g.Declared[s.TieIndex]}")));
}
