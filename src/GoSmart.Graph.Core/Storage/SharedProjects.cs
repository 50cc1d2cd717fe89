using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage;

/// <summary>The projects two actors share: the first few, most recent first, and how many in all.</summary>
public sealed record SharedProjects(IReadOnlyList<Project> Projects, int TotalCount);
