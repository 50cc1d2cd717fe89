using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Editing;

public sealed class ProjectInputType : InputObjectGraphType
{
    public ProjectInputType()
    {
        Name = "ProjectInput";
        Description = "A project to create or change; a field left out keeps its value, a field set to null clears it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("`project:` then lower-case letters, digits and hyphens, e.g. `project:rcn-210603`.");
        Field<StringGraphType>("acronym").Description("Acronym, at most 100 characters.");
        Field<StringGraphType>("title").Description("Title, at most 300 characters.");
        Field<StringGraphType>("programme").Description("Programme and parts, e.g. `H2020 SC2;LEIT`.");
        Field<StringGraphType>("startDate").Description("yyyy-MM-dd.");
        Field<StringGraphType>("endDate").Description("yyyy-MM-dd, not before `startDate`.");
        Field<StringGraphType>("topicCode").Description("The call topic, at most 100 characters.");
        Field<StringGraphType>("url").Description("An absolute http or https address.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("s3DomainIds").Description("Existing S3 domains, e.g. `domain:agri-food`.");
    }
}
