namespace GoSmart.Graph.Core.Storage;

/// <summary>What actors can be sorted by; the id always breaks ties.</summary>
public enum ActorSortField
{
    Name,
    Degree,
    ProjectCount,
}
