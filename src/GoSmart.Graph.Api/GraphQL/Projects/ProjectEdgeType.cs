using GoSmart.Graph.Core.Storage;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Projects;

public sealed class ProjectEdgeType : ObjectGraphType<PageEdge<ProjectRef>>
{
    public ProjectEdgeType()
    {
        Name = "ProjectEdge";
        Description = "A project in a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque keyset cursor of this edge.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<ProjectType>>("node").Description("The project.")
            .Resolve(c => c.Source.Node.Project is { } project ? project : c.Loaders().Projects.Load(c.Source.Node.ProjectId));
        Field<StringGraphType>("role").Description("The actor's role (coordinator, participant, partner) when the list is an actor's projects; null otherwise.")
            .Resolve(c => c.Source.Node.Role);
    }
}
