using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GoSmart.Graph.Core.Analysis;
using GoSmart.Graph.Core.Analysis.Connectors;
using GoSmart.Graph.Core.Analysis.Network;
using GoSmart.Graph.Core.Analysis.RegionMatrix;
using GoSmart.Graph.Core.Analysis.S3Overlap;
using GoSmart.Graph.Core.Import;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Storage.Embedded;

namespace GoSmart.Graph.Bench;

/// <summary>
/// The group analytics in process over the seed's snapshot (uncached: the API caches regionMatrix per
/// version and arguments). Usage: <c>dotnet run -c Release --project bench/GoSmart.Graph.Bench -- bdn --filter *GroupAnalytics*</c>.
/// </summary>
[Config(typeof(Settings))]
[MemoryDiagnoser]
public class GroupAnalyticsBenchmarks
{
    private const string Bialystok = "actor:pic-999889193";

    private string directory = string.Empty;
    private EmbeddedGraphStore? store;
    private GraphSnapshot snapshot = null!;
    private RegionHierarchy regions = null!;
    private int hub;
    private int bialystok;
    private bool[] podlaskie = [];
    private bool[] hamburg = [];
    private List<(string RegionId, IReadOnlySet<string> Covers)> partnerRegions = [];
    private Dictionary<string, IReadOnlyCollection<string>> priorities = [];

    [GlobalSetup]
    public void Setup()
    {
        directory = Path.Combine(Path.GetTempPath(), "gosmart-bench-" + Guid.NewGuid().ToString("N"));
        store = EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DataDirectory = directory }, CancellationToken.None).GetAwaiter().GetResult();
        SeedLoader.LoadAsync(Path.Combine(AppContext.BaseDirectory, "seed"), store, CancellationToken.None).GetAwaiter().GetResult();
        snapshot = store.GetSnapshotAsync(CancellationToken.None).GetAwaiter().GetResult();
        regions = new RegionHierarchy(store.ListRegionsAsync(CancellationToken.None).GetAwaiter().GetResult());
        hub = Enumerable.Range(0, snapshot.NodeCount).MaxBy(snapshot.DegreeOf);
        bialystok = snapshot.IndexOf(Bialystok);
        podlaskie = new ActorGroup(RegionId: "region:PL84").Members(snapshot, regions);
        hamburg = new ActorGroup(RegionId: "region:DE60").Members(snapshot, regions);
        string[] ids = ["region:PL84", "region:DE60", "region:DK03"];
        partnerRegions = ids.Select(id => (id, (IReadOnlySet<string>)regions.WithDescendants(id))).ToList();
        var found = store.GetRegionPrioritiesAsync(ids, CancellationToken.None).GetAwaiter().GetResult();
        priorities = ids.ToDictionary(id => id, id => (IReadOnlyCollection<string>)(found.GetValueOrDefault(id) ?? []).Select(p => p.DomainId).ToHashSet());
        Console.WriteLine($"snapshot: {snapshot.NodeCount} actors, {snapshot.TieEndCount / 2} ties; hub {snapshot.ActorIds[hub]} of degree {snapshot.DegreeOf(hub)}; {Bialystok} of degree {snapshot.DegreeOf(bialystok)}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark]
    public int RegionMatrixByCountry() => CollaborationMatrix.Compute(snapshot, GroupBy.Country, null, null, CancellationToken.None).Count;

    [Benchmark]
    public int RegionMatrixByRegion() => CollaborationMatrix.Compute(snapshot, GroupBy.Region, null, null, CancellationToken.None).Count;

    [Benchmark]
    public int RegionMatrixByS3Domain() => CollaborationMatrix.Compute(snapshot, GroupBy.S3Domain, null, null, CancellationToken.None).Count;

    [Benchmark]
    public int NetworkDepth2Bialystok() => StrongestTiesEgoNetwork.Build(snapshot, bialystok, 2, 200, null, CancellationToken.None).Edges.Count;

    [Benchmark]
    public int NetworkDepth2HubLimit1000() => StrongestTiesEgoNetwork.Build(snapshot, hub, 2, 1000, null, CancellationToken.None).Edges.Count;

    [Benchmark]
    public int ConnectorsPodlaskieHamburg() => TwoStepConnectorRanking.Rank(snapshot, podlaskie, hamburg, 10, 3, CancellationToken.None).Count;

    [Benchmark]
    public int S3OverlapPartners() => PriorityOverlap.Find(snapshot, partnerRegions, priorities, CancellationToken.None).Count;

    /// <summary>In process (the seed is beside this assembly), one launch, a short but steady run: the whole class takes about a minute.</summary>
    private sealed class Settings : ManualConfig
    {
        public Settings() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
    }
}
