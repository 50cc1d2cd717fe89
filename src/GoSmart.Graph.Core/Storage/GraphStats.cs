using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage;

/// <summary>Counts over the whole graph.</summary>
/// <param name="CollaborationPairs">Unordered pairs of actors with a COLLABORATES_WITH tie.</param>
/// <param name="CrossBorderPairs">Those pairs whose actors are in different countries.</param>
public sealed record GraphStats(
    long Version,
    int Actors,
    int Projects,
    int Participations,
    int CollaborationPairs,
    int CrossBorderPairs,
    int Regions,
    int S3Domains,
    IReadOnlyDictionary<ActorKind, int> ActorsByKind,
    IReadOnlyDictionary<string, int> ActorsByCountry);
