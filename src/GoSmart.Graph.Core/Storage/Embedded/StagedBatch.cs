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
    private static readonly DeclaredYears[] NoYears = [];
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

    /// <summary>The new declared partners and years of each actor the batch declares ties of.</summary>
    public Dictionary<int, (int[] Partners, DeclaredYears[] Years)> DeclaredOverlay { get; } = [];

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

        var declaredByActor = new Dictionary<int, Dictionary<int, DeclaredYears>>();
        foreach (var declared in batch.DeclaredCollaborations)
        {
            var a = s.ActorIndexOf(declared.ActorId);
            var b = s.ActorIndexOf(declared.OtherActorId);
            var years = DeclaredYears.Of(declared);
            Declare(declaredByActor, a, b, years);
            Declare(declaredByActor, b, a, years);
            tieTouchedActors.Add(a);
            tieTouchedActors.Add(b);
        }

        foreach (var (a, declared) in declaredByActor)
        {
            s.DeclaredOverlay[a] = MergeDeclared(s.DeclaredPartnersOf(a), s.DeclaredYearsOf(a), declared);
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
        DeclaredOverlay.TryGetValue(actor, out var v) ? v.Partners
        : actor < committed.ActorCount ? committed.DeclaredPartnersOf(actor) : NoInts;

    public DeclaredYears[] DeclaredYearsOf(int actor) =>
        DeclaredOverlay.TryGetValue(actor, out var v) ? v.Years
        : actor < committed.ActorCount ? committed.DeclaredYearsOf(actor) : NoYears;

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

    private static void Declare(Dictionary<int, Dictionary<int, DeclaredYears>> map, int actor, int partner, DeclaredYears years)
    {
        if (!map.TryGetValue(actor, out var partners))
        {
            partners = [];
            map[actor] = partners;
        }

        partners[partner] = years;
    }

    /// <summary>Merges sorted partners with the batch's declarations (which win for a partner in both), keeping the years beside them.</summary>
    private static (int[] Partners, DeclaredYears[] Years) MergeDeclared(int[] partners, DeclaredYears[] years, Dictionary<int, DeclaredYears> declared)
    {
        var added = declared.Keys.ToArray();
        Array.Sort(added);
        var mergedPartners = new List<int>(partners.Length + added.Length);
        var mergedYears = new List<DeclaredYears>(partners.Length + added.Length);
        var (i, j) = (0, 0);
        while (i < partners.Length || j < added.Length)
        {
            if (j == added.Length || (i < partners.Length && partners[i] < added[j]))
            {
                mergedPartners.Add(partners[i]);
                mergedYears.Add(years[i++]);
            }
            else
            {
                if (i < partners.Length && partners[i] == added[j])
                {
                    i++;
                }

                mergedPartners.Add(added[j]);
                mergedYears.Add(declared[added[j++]]);
            }
        }

        return ([.. mergedPartners], [.. mergedYears]);
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
