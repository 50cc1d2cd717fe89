using GoSmart.Graph.Api.GraphQL.Paging;
using GraphQL;

namespace GoSmart.Graph.Api.GraphQL.Projects;

public sealed class ProjectConnectionType : ConnectionType<ProjectEdgeType, ProjectType, ProjectRef>
{
    public ProjectConnectionType()
        : base("ProjectConnection", "projects", c =>
        {
            var refs = c.Source.Page.Edges.Select(e => e.Node).ToList();
            return refs.All(r => r.Project is not null)
                ? refs.Select(r => r.Project!).ToList()
                : c.Loaders().Projects.LoadMany(refs.Select(r => r.ProjectId));
        })
    {
    }
}
