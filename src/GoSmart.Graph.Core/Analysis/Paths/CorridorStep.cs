using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>
/// One step read by a corridor expansion: from an actor of the frontier to <see cref="To"/>, with the tie
/// (weight, years 0 when unknown, declared) for a collaboration, and what the path search needs of the actor
/// reached: kind, country, region and whether it is ACTIVE_IN the constraints' intermediary domain.
/// </summary>
public readonly record struct CorridorStep(
    string From,
    string To,
    RelationKind Relation,
    int Weight,
    int FirstYear,
    int LastYear,
    bool Declared,
    ActorKind ToKind,
    string ToCountry,
    string ToRegionId,
    bool ToInDomain);
