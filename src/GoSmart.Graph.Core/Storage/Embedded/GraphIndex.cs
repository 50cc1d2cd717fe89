using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// The compact in-memory adjacency index: actors and projects interned to ints, per-actor arrays of
/// project indexes and of <see cref="Tie"/> structs (no object per edge). Mutated only by the writer,
/// under the store's write lock, after the SQLite transaction committed.
/// </summary>
internal sealed class GraphIndex : IAdjacencyView
{
    private static readonly int[] NoInts = [];
    private static readonly Tie[] NoTies = [];
    private static readonly DeclaredYears[] NoYears = [];

    public long Version { get; set; }

    public int ActorCount { get; private set; }

    public string[] ActorIds { get; private set; } = new string[16];

    public ActorKind[] Kinds { get; private set; } = new ActorKind[16];

    public string[] Countries { get; private set; } = new string[16];

    public string[] RegionIds { get; private set; } = new string[16];

    public int[][] ActorProjects { get; private set; } = new int[16][];

    public Tie[][] Ties { get; private set; } = new Tie[16][];

    public Dictionary<string, int> ActorIndex { get; } = new(StringComparer.Ordinal);

    public int ProjectCount { get; private set; }

    public string[] ProjectIds { get; private set; } = new string[16];

    public int[] StartYears { get; private set; } = new int[16];

    public int[][] ProjectActors { get; private set; } = new int[16][];

    public string[][] ProjectDomains { get; private set; } = new string[16][];

    public Dictionary<string, int> ProjectIndex { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Region> Regions { get; } = new(StringComparer.Ordinal);

    public HashSet<string> DomainIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Sorted declared partners per actor, each with its tie's years at the same position in <see cref="DeclaredYearsByActor"/>.</summary>
    public int[][] DeclaredPartners { get; private set; } = new int[16][];

    /// <summary>The years of each declared tie, beside the partner in <see cref="DeclaredPartners"/>: inline, no pair dictionary.</summary>
    public DeclaredYears[][] DeclaredYearsByActor { get; private set; } = new DeclaredYears[16][];

    /// <summary>Sizes the actor arrays once for a known count, instead of doubling them while loading.</summary>
    public void EnsureActorCapacity(int count)
    {
        if (count > ActorIds.Length)
        {
            GrowActorArrays(count);
        }

        ActorIndex.EnsureCapacity(count);
    }

    /// <summary>Every per-actor array to <paramref name="length"/> entries, keeping what they hold.</summary>
    private void GrowActorArrays(int length)
    {
        ActorIds = Grow(ActorIds, length);
        Kinds = Grow(Kinds, length);
        Countries = Grow(Countries, length);
        RegionIds = Grow(RegionIds, length);
        ActorProjects = Grow(ActorProjects, length);
        Ties = Grow(Ties, length);
        DeclaredPartners = Grow(DeclaredPartners, length);
        DeclaredYearsByActor = Grow(DeclaredYearsByActor, length);
    }

    public int AddActor(string id, ActorKind kind, string country, string regionId)
    {
        var i = ActorCount;
        if (i == ActorIds.Length)
        {
            GrowActorArrays(i * 2);
        }

        ActorIds[i] = id;
        Kinds[i] = kind;
        Countries[i] = string.Intern(country);
        RegionIds[i] = string.Intern(regionId);
        ActorProjects[i] = NoInts;
        Ties[i] = NoTies;
        DeclaredPartners[i] = NoInts;
        DeclaredYearsByActor[i] = NoYears;
        ActorIndex.Add(id, i);
        ActorCount = i + 1;
        return i;
    }

    public void UpdateActor(int i, ActorKind kind, string country, string regionId)
    {
        Kinds[i] = kind;
        Countries[i] = string.Intern(country);
        RegionIds[i] = string.Intern(regionId);
    }

    public int AddProject(string id, int startYear, string[] domains)
    {
        var i = ProjectCount;
        if (i == ProjectIds.Length)
        {
            var n = i * 2;
            ProjectIds = Grow(ProjectIds, n);
            StartYears = Grow(StartYears, n);
            ProjectActors = Grow(ProjectActors, n);
            ProjectDomains = Grow(ProjectDomains, n);
        }

        ProjectIds[i] = id;
        StartYears[i] = startYear;
        ProjectActors[i] = NoInts;
        ProjectDomains[i] = domains;
        ProjectIndex.Add(id, i);
        ProjectCount = i + 1;
        return i;
    }

    /// <summary>Computes the merged ties of each given actor over <paramref name="view"/>; in parallel when there are many.</summary>
    public static Dictionary<int, Tie[]> ComputeTies(IAdjacencyView view, IReadOnlyList<int> actors, int parallelThreshold, CancellationToken cancellationToken)
    {
        var result = new Tie[actors.Count][];
        if (actors.Count < parallelThreshold)
        {
            var scratch = new TieScratch(view.ActorCount);
            for (var k = 0; k < actors.Count; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                result[k] = scratch.Compute(view, actors[k]);
            }
        }
        else
        {
            Parallel.For(
                0,
                actors.Count,
                new ParallelOptions { CancellationToken = cancellationToken },
                () => new TieScratch(view.ActorCount),
                (k, _, scratch) =>
                {
                    result[k] = scratch.Compute(view, actors[k]);
                    return scratch;
                },
                _ => { });
        }

        var map = new Dictionary<int, Tie[]>(actors.Count);
        for (var k = 0; k < actors.Count; k++)
        {
            map[actors[k]] = result[k];
        }

        return map;
    }

    /// <summary>Computes the merged ties of every actor of <paramref name="view"/> into <paramref name="ties"/>, in parallel.</summary>
    public static void ComputeAllTies(IAdjacencyView view, Tie[][] ties, CancellationToken cancellationToken) =>
        Parallel.For(
            0,
            view.ActorCount,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new TieScratch(view.ActorCount),
            (a, _, scratch) =>
            {
                ties[a] = scratch.Compute(view, a);
                return scratch;
            },
            _ => { });

    /// <summary>Derived ACTIVE_IN of an actor: its projects per domain, strongest first.</summary>
    public static (string DomainId, int Weight)[] ComputeDomains(IAdjacencyView view, int actor)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in view.ProjectsOf(actor))
        {
            foreach (var d in view.DomainsOf(p))
            {
                counts[d] = counts.GetValueOrDefault(d) + 1;
            }
        }

        return [.. counts
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (kv.Key, kv.Value))];
    }

    public void SetActorProjects(int actor, int[] projects) => ActorProjects[actor] = projects;

    public void SetProjectActors(int project, int[] actors) => ProjectActors[project] = actors;

    public void SetTies(int actor, Tie[] ties) => Ties[actor] = ties;

    public int[] ProjectsOf(int actor) => ActorProjects[actor];

    public int[] ActorsOf(int project) => ProjectActors[project];

    public string[] DomainsOf(int project) => ProjectDomains[project];

    public int StartYear(int project) => StartYears[project];

    public int[] DeclaredPartnersOf(int actor) => DeclaredPartners[actor];

    public DeclaredYears[] DeclaredYearsOf(int actor) => DeclaredYearsByActor[actor];

    /// <summary>Sets the declared partners of an actor (sorted, distinct) and their ties' years, index for index.</summary>
    public void SetDeclared(int actor, int[] partners, DeclaredYears[] years)
    {
        DeclaredPartners[actor] = partners;
        DeclaredYearsByActor[actor] = years;
    }

    /// <summary>Makes a committed, staged batch visible; called under the write lock.</summary>
    public void Apply(StagedBatch staged)
    {
        foreach (var actor in staged.NewActors)
        {
            AddActor(actor.Id, actor.Kind, actor.Country, actor.RegionId);
        }

        foreach (var (i, actor) in staged.UpdatedActors)
        {
            UpdateActor(i, actor.Kind, actor.Country, actor.RegionId);
        }

        foreach (var (id, year, domains) in staged.NewProjects)
        {
            AddProject(id, year, domains);
        }

        foreach (var (p, year) in staged.StartYearOverlay)
        {
            StartYears[p] = year;
        }

        foreach (var (p, domains) in staged.DomainOverlay)
        {
            ProjectDomains[p] = domains;
        }

        foreach (var (a, projects) in staged.ActorProjectsOverlay)
        {
            ActorProjects[a] = projects;
        }

        foreach (var (p, actors) in staged.ProjectActorsOverlay)
        {
            ProjectActors[p] = actors;
        }

        foreach (var (a, (partners, years)) in staged.DeclaredOverlay)
        {
            SetDeclared(a, partners, years);
        }

        foreach (var (a, ties) in staged.Ties)
        {
            Ties[a] = ties;
        }

        foreach (var region in staged.Batch.Regions)
        {
            Regions[region.Id] = region;
        }

        foreach (var domain in staged.Batch.Domains)
        {
            DomainIds.Add(domain.Id);
        }

        Version++;
    }

    public static T[] Grow<T>(T[] array, int size)
    {
        var copy = new T[size];
        Array.Copy(array, copy, array.Length);
        return copy;
    }
}
