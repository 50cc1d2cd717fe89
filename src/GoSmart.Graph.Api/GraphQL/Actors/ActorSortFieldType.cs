using GoSmart.Graph.Core.Storage;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Actors;

public sealed class ActorSortFieldType : EnumerationGraphType<ActorSortField>
{
    public ActorSortFieldType()
    {
        Name = "ActorSortField";
        Description = "What actors can be sorted by; the id always breaks ties.";
        Values["NAME"]!.Description = "Name, case- and accent-insensitively.";
        Values["DEGREE"]!.Description = "Number of distinct collaborators.";
        Values["PROJECT_COUNT"]!.Description = "Number of projects.";
    }
}
