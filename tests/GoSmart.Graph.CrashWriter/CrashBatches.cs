using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.CrashWriter;

/// <summary>
/// The deterministic import the crash test interrupts: batch <c>i</c> adds its own actors and projects,
/// with participants reaching back into the batch before it (so committed actors' derived ties and
/// degrees change), a declared tie and a membership across batches.
/// </summary>
public static class CrashBatches
{
    public const int ActorsPerBatch = 400;
    public const int ProjectsPerBatch = 80;
    public const int ParticipantsPerProject = 8;

    public static GraphBatch Regions() => new()
    {
        Regions = [new Region("region:PL", "PL", "Poland", "PL", RegionLevel.Country)],
        Domains = [new S3Domain("domain:ict", "ICT")],
    };

    public static string ActorId(int batch, int n) => $"actor:crash-{batch}-{n}";

    public static GraphBatch Batch(int i)
    {
        var random = new Random(i);
        var actors = Enumerable.Range(0, ActorsPerBatch)
            .Select(n => new Actor(ActorId(i, n), $"Crash actor {i}-{n}", (ActorKind)(n % 4), "PL", "region:PL"))
            .ToList();
        var projects = Enumerable.Range(0, ProjectsPerBatch)
            .Select(p => new Project($"project:crash-{i}-{p}") { Title = $"Crash project {i}-{p}", StartDate = new DateOnly(2015 + (p % 8), 1, 1), S3DomainIds = ["domain:ict"] })
            .ToList();
        var participations = new List<Participation>();
        foreach (var project in projects)
        {
            var members = new HashSet<string>(StringComparer.Ordinal);
            while (members.Count < ParticipantsPerProject)
            {
                var fromPrevious = i > 0 && random.Next(4) == 0;
                members.Add(ActorId(fromPrevious ? i - 1 : i, random.Next(ActorsPerBatch)));
            }

            participations.AddRange(members.Select(a => new Participation(a, project.Id, "participant")));
        }

        return new GraphBatch
        {
            Actors = actors,
            Projects = projects,
            Participations = participations,
            DeclaredCollaborations = i > 0 ? [new DeclaredCollaboration(ActorId(i, 0), ActorId(i - 1, 0)) { Evidence = $"batch {i}" }] : [],
            Memberships = i > 0 ? [new Membership(ActorId(i, 1), ActorId(i - 1, 1))] : [],
        };
    }
}
