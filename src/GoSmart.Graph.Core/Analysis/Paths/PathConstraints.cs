using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>What a collaboration path may travel and whom it may pass through.</summary>
public sealed record PathConstraints
{
    public static PathConstraints Default { get; } = new();

    /// <summary>The relations a step may use; collaboration alone by default.</summary>
    public IReadOnlyCollection<RelationKind> Via { get; init; } = [RelationKind.Collaboration];

    /// <summary>The path must cross at least one national border (two consecutive actors in different countries).</summary>
    public bool CrossBorder { get; init; }

    /// <summary>The kinds every intermediary must have; null for any.</summary>
    public IReadOnlyCollection<ActorKind>? IntermediaryKinds { get; init; }

    /// <summary>An S3 domain every intermediary must be ACTIVE_IN; null for none.</summary>
    public string? IntermediaryDomain { get; init; }

    /// <summary>Actors no path may pass through (the two ends are never intermediaries anyway).</summary>
    public IReadOnlyCollection<string> Avoid { get; init; } = [];

    /// <summary>Collaboration steps need at least this many shared projects.</summary>
    public int MinWeight { get; init; } = 1;

    /// <summary>Collaboration steps need a tie active in or after this year (its last year ≥ it); null for any.</summary>
    public int? SinceYear { get; init; }
}
