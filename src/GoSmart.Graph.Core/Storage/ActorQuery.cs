namespace GoSmart.Graph.Core.Storage;

/// <summary>A page of actors: filter, sort order (id breaks ties; default by name), and the page.</summary>
public sealed record ActorQuery(ActorFilter? Filter, IReadOnlyList<ActorSort> Order, PageRequest Page);
