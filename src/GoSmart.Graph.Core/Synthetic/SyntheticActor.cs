using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Synthetic;

/// <summary>A synthetic actor; <see cref="Index"/> is its number n in <c>actor:syn-n</c> and the index ties use.</summary>
public sealed record SyntheticActor(
    int Index,
    string Id,
    string Name,
    ActorKind Kind,
    bool? Sme,
    string Country,
    string RegionId,
    IReadOnlyList<SyntheticActivity> Domains)
{
    public Actor ToActor() => new(Id, Name, Kind, Country, RegionId) { Sme = Sme };
}
