using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Projects;

public sealed class ProjectFilterInputType : InputObjectGraphType
{
    public ProjectFilterInputType()
    {
        Name = "ProjectFilter";
        Description = "Filters projects; set fields combine with AND, a list matches any of its values (so an empty list matches nothing).";
        Field<StringGraphType>("textContains").Description("Case-insensitive part of the acronym or title (at most 200 characters).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("programmePartIn").Description("Projects in any of these programme parts, e.g. `SC2`, `LEIT`, `ERC`.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("s3DomainIn").Description("Projects in any of these S3 domains.");
        Field<IntGraphType>("startYearFrom").Description("Projects that started in this year or later.");
        Field<IntGraphType>("startYearTo").Description("Projects that started in this year or earlier.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("participantCountryIn").Description("Projects with a participant in any of these countries (ISO alpha-2).");
    }
}
