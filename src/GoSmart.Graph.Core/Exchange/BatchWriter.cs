using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// Gathers checked records into batches of a fixed size and applies each atomically, so an import is
/// a sequence of whole batches: an interruption leaves the batches before it, never part of one.
/// </summary>
public sealed class BatchWriter(IGraphStore store, int batchSize)
{
    private static readonly string[] Kinds =
        ["regions", "s3 domains", "actors", "projects", "participations", "declared collaborations", "memberships", "declared active-in", "region priorities"];

    private readonly long[] written = new long[Kinds.Length];
    private List<Region> regions = [];
    private List<S3Domain> domains = [];
    private List<Actor> actors = [];
    private List<Project> projects = [];
    private List<Participation> participations = [];
    private List<DeclaredCollaboration> collaborations = [];
    private List<Membership> memberships = [];
    private List<ActorDomain> declaredDomains = [];
    private List<RegionPriority> priorities = [];

    public int Pending { get; private set; }

    public int Batches { get; private set; }

    public IReadOnlyList<KeyValuePair<string, long>> Written => [.. Kinds.Select((k, i) => KeyValuePair.Create(k, written[i]))];

    /// <summary>Adds a record; applies the batch when it is full.</summary>
    public async Task AddAsync(object record, CancellationToken cancellationToken)
    {
        switch (record)
        {
            case Region r: regions.Add(r); break;
            case S3Domain d: domains.Add(d); break;
            case Actor a: actors.Add(a); break;
            case Project p: projects.Add(p); break;
            case Participation p: participations.Add(p); break;
            case DeclaredCollaboration c: collaborations.Add(c); break;
            case Membership m: memberships.Add(m); break;
            case ActorDomain d: declaredDomains.Add(d); break;
            case RegionPriority r: priorities.Add(r); break;
            default: throw new ArgumentException($"{record.GetType().Name} is not a record of the graph.", nameof(record));
        }

        if (++Pending >= batchSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (Pending == 0)
        {
            return;
        }

        var batch = new GraphBatch
        {
            Regions = regions,
            Domains = domains,
            Actors = actors,
            Projects = projects,
            Participations = participations,
            DeclaredCollaborations = collaborations,
            Memberships = memberships,
            DeclaredDomains = declaredDomains,
            RegionPriorities = priorities,
        };
        await store.ApplyAsync(batch, cancellationToken).ConfigureAwait(false);
        long[] counts = [regions.Count, domains.Count, actors.Count, projects.Count, participations.Count, collaborations.Count, memberships.Count, declaredDomains.Count, priorities.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            written[i] += counts[i];
        }

        Batches++;
        Pending = 0;
        regions = [];
        domains = [];
        actors = [];
        projects = [];
        participations = [];
        collaborations = [];
        memberships = [];
        declaredDomains = [];
        priorities = [];
    }
}
