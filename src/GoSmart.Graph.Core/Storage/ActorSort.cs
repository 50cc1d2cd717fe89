namespace GoSmart.Graph.Core.Storage;

/// <summary>One key of an actor sort order.</summary>
public sealed record ActorSort(ActorSortField Field, SortDirection Direction);
