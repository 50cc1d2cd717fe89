using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.GraphQL.Projects;

/// <summary>A project in a ProjectConnection: loaded already, or by id, with the actor's role when listed from an actor.</summary>
public sealed record ProjectRef(string ProjectId, Project? Project, string? Role)
{
    public static Page<ProjectRef> FromProjects(Page<Project> page) =>
        new(page.Edges.Select(e => new PageEdge<ProjectRef>(new ProjectRef(e.Node.Id, e.Node, null), e.Cursor)).ToList(), page.HasNextPage, page.HasPreviousPage);

    public static Page<ProjectRef> FromParticipations(Page<Participation> page) =>
        new(page.Edges.Select(e => new PageEdge<ProjectRef>(new ProjectRef(e.Node.ProjectId, null, e.Node.Role), e.Cursor)).ToList(), page.HasNextPage, page.HasPreviousPage);
}
