namespace GoSmart.Graph.Core.Model;

/// <summary>An innovation actor: a company, research institute, public authority or intermediary.</summary>
/// <param name="Id">Typed id, <c>actor:pic-&lt;PIC&gt;</c> for CORDIS organisations.</param>
/// <param name="Country">ISO 3166-1 alpha-2 (EL is written GR).</param>
/// <param name="RegionId">The region it is LOCATED_IN, e.g. <c>region:PL84</c> or <c>region:DE</c>.</param>
public sealed record Actor(
    string Id,
    string Name,
    ActorKind Kind,
    string Country,
    string RegionId)
{
    public IReadOnlyList<string> AlternativeNames { get; init; } = [];

    public string? ShortName { get; init; }

    /// <summary>Small or medium-sized enterprise; null where unknown.</summary>
    public bool? Sme { get; init; }

    public string? City { get; init; }

    public string? Website { get; init; }

    /// <summary>CORDIS participant identification code, where the actor has one.</summary>
    public string? Pic { get; init; }
}
