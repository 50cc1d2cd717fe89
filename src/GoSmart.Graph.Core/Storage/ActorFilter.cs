using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage;

/// <summary>
/// A filter over actors. Set fields combine with AND; a list matches any of its values, so an
/// empty list matches nothing (and an empty <see cref="And"/> everything); <see cref="And"/> and
/// <see cref="Or"/> nest further filters. A null field does not constrain.
/// </summary>
public sealed record ActorFilter
{
    public IReadOnlyList<ActorKind>? Kinds { get; init; }

    /// <summary>ISO alpha-2 codes.</summary>
    public IReadOnlyList<string>? Countries { get; init; }

    /// <summary>Region ids; an actor matches when it is located in the region or in a region inside it.</summary>
    public IReadOnlyList<string>? RegionIds { get; init; }

    /// <summary>Domain ids; an actor matches when it is ACTIVE_IN any of them.</summary>
    public IReadOnlyList<string>? S3DomainIds { get; init; }

    /// <summary>Case- and accent-insensitive substring of the name or an alternative name.</summary>
    public string? NameContains { get; init; }

    public bool? Sme { get; init; }

    public IReadOnlyList<ActorFilter>? And { get; init; }

    public IReadOnlyList<ActorFilter>? Or { get; init; }
}
