using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// A batch laid over the committed index without changing it: the new and changed arrays, the ties
/// and ACTIVE_IN re-derived for the actors the batch touches. It is written to SQLite and only then
/// applied to the index, so a failed batch leaves the index as it was.
/// </summary>
internal sealed class StagedBatch : IAdjacencyView
{
    private static readonly int[] NoInts = [];
    private readonly GraphIndex committed;
    private readonly Dictionary<string, int> newActorIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> newProjectIndex = new(StringComparer.Ordinal);

    private StagedBatch(GraphIndex committed, GraphBatch batch)
    {
        this.committed = committed;
        Batch = batch;
    }

    public GraphBatch Batch { get; }

    public List<Actor> NewActors { get; } = [];

    public List<(int Index, Actor Actor)> UpdatedActors { get; } = [];

    public List<(string Id, int StartYear, string[] Domains)> NewProjects { get; } = [];

    public Dictionary<int, int> StartYearOverlay { get; } = [];

    public Dictionary<int, string[]> DomainOverlay { get; } = [];

    public Dictionary<int, int[]> ActorProjectsOverlay { get; } = [];

    public Dictionary<int, int[]> ProjectActorsOverlay { get; } = [];

    public Dictionary<long, DeclaredYears> DeclaredOverlay { get; } = new(PairKeyComparer.Instance);

    public Dictionary<int, int[]> DeclaredPartnersOverlay { get; } = [];

    /// <summary>Re-derived ties of every actor whose ties may have changed.</summary>
    public Dictionary<int, Tie[]> Ties { get; private set; } = [];

    /// <summary>Re-derived ACTIVE_IN of every actor whose projects or projects' domains changed.</summary>
    public Dictionary<int, (string DomainId, int Weight)[]> DerivedDomains { get; } = [];

    /// <summary>Actors whose project count changed.</summary>
    public HashSet<int> ProjectCountChanged { get; } = [];

    public int ActorCount => committed.ActorCount + NewActors.Count;

    public static StagedBatch Stage(GraphIndex committed, GraphBatch batch, int parallelThreshold, CancellationToken cancellationToken)
    {
        var s = new StagedBatch(committed, batch);
        var tieTouchedProjects = new HashSet<int>();
        var domainTouchedProjects = new HashSet<int>();
        var tieTouchedActors = new HashSet<int>();
        var domainTouchedActors = new HashSet<int>();

        foreach (var actor in batch.Actors)
        {
            if (committed.ActorIndex.TryGetValue(actor.Id, out var i))
            {
                s.UpdatedActors.Add((i, actor));
            }
            else
            {
                s.newActorIndex[actor.Id] = committed.ActorCount + s.NewActors.Count;
                s.NewActors.Add(actor);
            }
        }

        foreach (var project in batch.Projects)
        {
            var year = project.StartYear ?? 0;
            var domains = project.S3DomainIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(string.Intern).ToArray();
            if (committed.ProjectIndex.TryGetValue(project.Id, out var p))
            {
                if (committed.StartYears[p] != year)
                {
                    s.StartYearOverlay[p] = year;
                    tieTouchedProjects.Add(p);
                }

                if (!committed.ProjectDomains[p].SequenceEqual(domains, StringComparer.Ordinal))
                {
                    s.DomainOverlay[p] = domains;
                    domainTouchedProjects.Add(p);
                }
            }
            else
            {
                s.newProjectIndex[project.Id] = committed.ProjectCount + s.NewProjects.Count;
                s.NewProjects.Add((project.Id, year, domains));
            }
        }

        var addedToProject = new Dictionary<int, List<int>>();
        var addedToActor = new Dictionary<int, List<int>>();
        foreach (var participation in batch.Participations)
        {
            var a = s.ActorIndexOf(participation.ActorId);
            var p = s.ProjectIndexOf(participation.ProjectId);
            if (Array.BinarySearch(s.ProjectsOf(a), p) >= 0)
            {
                continue;
            }

            AddTo(addedToProject, p, a);
            AddTo(addedToActor, a, p);
        }

        foreach (var (p, added) in addedToProject)
        {
            s.ProjectActorsOverlay[p] = Merge(s.ActorsOf(p), added);
            tieTouchedProjects.Add(p);
        }

        foreach (var (a, added) in addedToActor)
        {
            s.ActorProjectsOverlay[a] = Merge(s.ProjectsOf(a), added);
            s.ProjectCountChanged.Add(a);
            domainTouchedActors.Add(a);
        }

        var addedPartners = new Dictionary<int, List<int>>();
        foreach (var declared in batch.DeclaredCollaborations)
        {
            var a = s.ActorIndexOf(declared.ActorId);
            var b = s.ActorIndexOf(declared.OtherActorId);
            s.DeclaredOverlay[GraphIndex.PairKey(a, b)] = DeclaredYears.Of(declared);
            tieTouchedActors.Add(a);
            tieTouchedActors.Add(b);
            if (Array.BinarySearch(s.DeclaredPartnersOf(a), b) < 0)
            {
                AddTo(addedPartners, a, b);
                AddTo(addedPartners, b, a);
            }
        }

        foreach (var (a, added) in addedPartners)
        {
            s.DeclaredPartnersOverlay[a] = Merge(s.DeclaredPartnersOf(a), added);
        }

        foreach (var p in tieTouchedProjects)
        {
            tieTouchedActors.UnionWith(s.ActorsOf(p));
        }

        foreach (var p in domainTouchedProjects)
        {
            domainTouchedActors.UnionWith(s.ActorsOf(p));
        }

        s.Ties = GraphIndex.ComputeTies(s, [.. tieTouchedActors], parallelThreshold, cancellationToken);
        foreach (var a in domainTouchedActors)
        {
            s.DerivedDomains[a] = GraphIndex.ComputeDomains(s, a);
        }

        return s;
    }

    public int ActorIndexOf(string id) =>
        committed.ActorIndex.TryGetValue(id, out var i) ? i : newActorIndex[id];

    public int ProjectIndexOf(string id) =>
        committed.ProjectIndex.TryGetValue(id, out var i) ? i : newProjectIndex[id];

    public string ActorIdOf(int actor) =>
        actor < committed.ActorCount ? committed.ActorIds[actor] : NewActors[actor - committed.ActorCount].Id;

    public int[] ProjectsOf(int actor) =>
        ActorProjectsOverlay.TryGetValue(actor, out var v) ? v
        : actor < committed.ActorCount ? committed.ActorProjects[actor] : NoInts;

    public int[] ActorsOf(int project) =>
        ProjectActorsOverlay.TryGetValue(project, out var v) ? v
        : project < committed.ProjectCount ? committed.ProjectActors[project] : NoInts;

    public string[] DomainsOf(int project) =>
        DomainOverlay.TryGetValue(project, out var v) ? v
        : project < committed.ProjectCount ? committed.ProjectDomains[project] : NewProjects[project - committed.ProjectCount].Domains;

    public int StartYear(int project) =>
        StartYearOverlay.TryGetValue(project, out var v) ? v
        : project < committed.ProjectCount ? committed.StartYears[project] : NewProjects[project - committed.ProjectCount].StartYear;

    public int[] DeclaredPartnersOf(int actor) =>
        DeclaredPartnersOverlay.TryGetValue(actor, out var v) ? v : committed.DeclaredPartnersOf(actor);

    public DeclaredYears DeclaredTie(int a, int b) =>
        DeclaredOverlay.TryGetValue(GraphIndex.PairKey(a, b), out var v) ? v : committed.DeclaredTie(a, b);

    public int DegreeOf(int actor) => Ties.TryGetValue(actor, out var t) ? t.Length : actor < committed.ActorCount ? committed.Ties[actor].Length : 0;

    private static void AddTo(Dictionary<int, List<int>> map, int key, int value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(value);
    }

    private static int[] Merge(int[] existing, List<int> added)
    {
        var merged = new int[existing.Length + added.Count];
        existing.CopyTo(merged, 0);
        added.CopyTo(merged, existing.Length);
        Array.Sort(merged);
        return [.. merged.Distinct()];
    }
}
