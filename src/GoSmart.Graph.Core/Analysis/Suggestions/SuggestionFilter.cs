using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Analysis.Suggestions;

/// <summary>
/// Which candidates a suggestion may name; every given part must hold. A list matches any of its values.
/// </summary>
public sealed record SuggestionFilter
{
    public IReadOnlyList<string>? Countries { get; init; }

    public IReadOnlyList<ActorKind>? Kinds { get; init; }

    /// <summary>Region ids, already expanded by the caller with the regions inside them (<c>region:DE</c> with <c>region:DE60</c>…).</summary>
    public IReadOnlySet<string>? RegionIds { get; init; }

    public string? S3DomainId { get; init; }

    /// <summary>Only candidates in another country than the actor's.</summary>
    public bool CrossBorderOnly { get; init; }
}
