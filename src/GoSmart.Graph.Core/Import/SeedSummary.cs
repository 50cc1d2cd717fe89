namespace GoSmart.Graph.Core.Import;

/// <summary>What a seed load wrote, and how many source rows it skipped as unusable.</summary>
public sealed record SeedSummary(
    int Regions,
    int Domains,
    int Actors,
    int Projects,
    int Participations,
    int RegionPriorities,
    int SkippedRows);
