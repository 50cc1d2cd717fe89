namespace GoSmart.Graph.Core.Model;

/// <summary>COLLABORATES_WITH between two actors, seen from <paramref name="ActorId"/>.</summary>
/// <param name="Weight">Number of shared projects (a declared tie without projects weighs 1).</param>
public sealed record Collaboration(
    string ActorId,
    string OtherActorId,
    int Weight,
    int? FirstYear,
    int? LastYear)
{
    /// <summary>True when a broker declared the tie (it may also have shared projects).</summary>
    public bool Declared { get; init; }

    /// <summary>The broker's evidence text for a declared tie.</summary>
    public string? DeclaredEvidence { get; init; }
}
