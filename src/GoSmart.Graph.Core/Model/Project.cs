namespace GoSmart.Graph.Core.Model;

/// <summary>A joint project, e.g. an H2020 project <c>project:rcn-210603</c>.</summary>
public sealed record Project(string Id)
{
    public string? Acronym { get; init; }

    public string? Title { get; init; }

    /// <summary>Programme and parts, e.g. <c>H2020 SC2;LEIT</c>.</summary>
    public string? Programme { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public string? TopicCode { get; init; }

    public string? Url { get; init; }

    /// <summary>The S3 domains the project's programme parts and topic map onto.</summary>
    public IReadOnlyList<string> S3DomainIds { get; init; } = [];

    /// <summary>The year the project started; the year its collaborations date from.</summary>
    public int? StartYear => StartDate?.Year;
}
