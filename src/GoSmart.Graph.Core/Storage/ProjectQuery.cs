namespace GoSmart.Graph.Core.Storage;

/// <summary>A page of projects, most recent start first, id breaking ties.</summary>
public sealed record ProjectQuery(ProjectFilter? Filter, PageRequest Page);
