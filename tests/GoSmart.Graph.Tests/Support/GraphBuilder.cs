using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Tests.Support;

/// <summary>Builds a <see cref="GraphBatch"/> from a few lines: <c>new GraphBuilder().Actor("a").Project("p", 2019, "a", "b").Build()</c>.</summary>
public sealed class GraphBuilder
{
    private readonly List<Region> regions = [];
    private readonly List<S3Domain> domains = [];
    private readonly List<Actor> actors = [];
    private readonly List<Project> projects = [];
    private readonly List<Participation> participations = [];
    private readonly List<DeclaredCollaboration> declared = [];
    private readonly List<Membership> memberships = [];
    private readonly List<ActorDomain> declaredDomains = [];
    private readonly List<RegionPriority> priorities = [];

    /// <summary>Ids without a prefix get <c>actor:</c>.</summary>
    public static string A(string id) => id.Contains(':', StringComparison.Ordinal) ? id : Ids.ActorPrefix + id;

    public static string P(string id) => id.Contains(':', StringComparison.Ordinal) ? id : Ids.ProjectPrefix + id;

    public static string D(string id) => id.Contains(':', StringComparison.Ordinal) ? id : Ids.DomainPrefix + id;

    public GraphBuilder Region(string code, string country, string? parentCode = null, RegionLevel level = RegionLevel.Nuts2)
    {
        regions.Add(new Region(Ids.Region(code), code, code, country, parentCode is null ? RegionLevel.Country : level)
        {
            ParentId = parentCode is null ? null : Ids.Region(parentCode),
        });
        return this;
    }

    /// <summary>DE > DE60, PL > PL84, DK > DK03.</summary>
    public GraphBuilder StandardRegions() =>
        Region("DE", "DE").Region("DE60", "DE", "DE").Region("PL", "PL").Region("PL84", "PL", "PL").Region("DK", "DK").Region("DK03", "DK", "DK");

    public GraphBuilder Domain(params string[] ids)
    {
        domains.AddRange(ids.Select(id => new S3Domain(D(id), id)));
        return this;
    }

    public GraphBuilder Actor(
        string id,
        string? name = null,
        ActorKind kind = ActorKind.Company,
        string country = "DE",
        string? region = null,
        bool? sme = null,
        string? shortName = null,
        params string[] alternativeNames)
    {
        actors.Add(new Actor(A(id), name ?? id, kind, country, region ?? Ids.Region(country))
        {
            Sme = sme,
            ShortName = shortName,
            AlternativeNames = alternativeNames,
        });
        return this;
    }

    public GraphBuilder Actor(Actor actor)
    {
        actors.Add(actor);
        return this;
    }

    /// <summary>A project started in <paramref name="year"/> (0 for no date) with its participants; the first coordinates.</summary>
    public GraphBuilder Project(string id, int year, string[] actorIds, params string[] domainIds)
    {
        projects.Add(new Project(P(id))
        {
            Acronym = id.ToUpperInvariant(),
            Title = "Project " + id,
            Programme = "H2020 SC2",
            StartDate = year == 0 ? null : new DateOnly(year, 3, 1),
            S3DomainIds = [.. domainIds.Select(D)],
        });
        for (var i = 0; i < actorIds.Length; i++)
        {
            Participation(actorIds[i], id, i == 0 ? "coordinator" : "participant");
        }

        return this;
    }

    public GraphBuilder Participation(string actorId, string projectId, string role = "participant", decimal? contribution = null)
    {
        participations.Add(new Participation(A(actorId), P(projectId), role) { Contribution = contribution });
        return this;
    }

    public GraphBuilder Declared(string a, string b, int? year = null, string? evidence = null)
    {
        declared.Add(new DeclaredCollaboration(A(a), A(b)) { FirstYear = year, LastYear = year, Evidence = evidence });
        return this;
    }

    public GraphBuilder Member(string member, string cluster)
    {
        memberships.Add(new Membership(A(member), A(cluster)));
        return this;
    }

    public GraphBuilder ActiveIn(string actor, string domain)
    {
        declaredDomains.Add(new ActorDomain(A(actor), D(domain), EdgeSource.Declared, 1));
        return this;
    }

    public GraphBuilder Prioritises(string regionCode, string domain, string priority)
    {
        priorities.Add(new RegionPriority(Ids.Region(regionCode), D(domain), priority));
        return this;
    }

    public GraphBatch Build() => new()
    {
        Regions = [.. regions],
        Domains = [.. domains],
        Actors = [.. actors],
        Projects = [.. projects],
        Participations = [.. participations],
        DeclaredCollaborations = [.. declared],
        Memberships = [.. memberships],
        DeclaredDomains = [.. declaredDomains],
        RegionPriorities = [.. priorities],
    };
}
