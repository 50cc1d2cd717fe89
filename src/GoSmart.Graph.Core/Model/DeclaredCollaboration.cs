namespace GoSmart.Graph.Core.Model;

/// <summary>A COLLABORATES_WITH tie declared by a broker rather than derived from shared projects.</summary>
public sealed record DeclaredCollaboration(string ActorId, string OtherActorId)
{
    public int? FirstYear { get; init; }

    public int? LastYear { get; init; }

    /// <summary>What the broker knows of it, e.g. "introduced at Vidzeme Innovation Week 2019".</summary>
    public string? Evidence { get; init; }
}
