using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>Counts of the stored records, per kind, as an export or a checksum saw them.</summary>
public sealed class GraphCounts
{
    public long Regions { get; set; }

    public long Domains { get; set; }

    public long Actors { get; set; }

    public long Projects { get; set; }

    public long Participations { get; set; }

    public long DeclaredCollaborations { get; set; }

    public long Memberships { get; set; }

    public long DeclaredDomains { get; set; }

    public long RegionPriorities { get; set; }

    public long Nodes => Regions + Domains + Actors + Projects;

    public long Edges => Participations + DeclaredCollaborations + Memberships + DeclaredDomains + RegionPriorities;

    public IReadOnlyList<KeyValuePair<string, long>> ByKind =>
    [
        KeyValuePair.Create("regions", Regions),
        KeyValuePair.Create("s3 domains", Domains),
        KeyValuePair.Create("actors", Actors),
        KeyValuePair.Create("projects", Projects),
        KeyValuePair.Create("participations", Participations),
        KeyValuePair.Create("declared collaborations", DeclaredCollaborations),
        KeyValuePair.Create("memberships", Memberships),
        KeyValuePair.Create("declared active-in", DeclaredDomains),
        KeyValuePair.Create("region priorities", RegionPriorities),
    ];

    public void Add(GraphBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Regions += batch.Regions.Count;
        Domains += batch.Domains.Count;
        Actors += batch.Actors.Count;
        Projects += batch.Projects.Count;
        Participations += batch.Participations.Count;
        DeclaredCollaborations += batch.DeclaredCollaborations.Count;
        Memberships += batch.Memberships.Count;
        DeclaredDomains += batch.DeclaredDomains.Count;
        RegionPriorities += batch.RegionPriorities.Count;
    }
}
