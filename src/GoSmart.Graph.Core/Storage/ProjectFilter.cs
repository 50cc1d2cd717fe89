namespace GoSmart.Graph.Core.Storage;

/// <summary>A filter over projects; set fields combine with AND; an empty list matches nothing, a null field does not constrain.</summary>
public sealed record ProjectFilter
{
    /// <summary>Case-insensitive substring of the acronym or the title.</summary>
    public string? TextContains { get; init; }

    /// <summary>Programme parts, e.g. SC2 or LEIT; a project matches when it has any of them.</summary>
    public IReadOnlyList<string>? ProgrammeParts { get; init; }

    public IReadOnlyList<string>? S3DomainIds { get; init; }

    public int? StartYearFrom { get; init; }

    public int? StartYearTo { get; init; }

    /// <summary>Projects with a participant in any of these countries.</summary>
    public IReadOnlyList<string>? ParticipantCountries { get; init; }
}
