using GoSmart.Graph.Api.GraphQL.Projects;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Editing;

public sealed class ProjectPayloadType : ObjectGraphType<ProjectPayload>
{
    public ProjectPayloadType()
    {
        Name = "ProjectPayload";
        Description = "The result of `upsertProject`.";
        Field<NonNullGraphType<BooleanGraphType>>("changed").Description("False when the project already was as asked.").Resolve(c => c.Source.Changed);
        Field<NonNullGraphType<ProjectType>>("project").Description("The project as it is now.").Resolve(c => c.Source.Project);
    }
}
