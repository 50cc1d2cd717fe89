namespace GoSmart.Graph.Core.Model;

/// <summary>PARTICIPATES_IN: an actor's part in a project.</summary>
/// <param name="Role">coordinator, participant, partner, ...</param>
public sealed record Participation(string ActorId, string ProjectId, string Role)
{
    /// <summary>EU contribution in euro, where known.</summary>
    public decimal? Contribution { get; init; }
}
