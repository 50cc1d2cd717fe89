using GoSmart.Graph.Api.GraphQL.Actors;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Connectors;

public sealed class GroupInputType : InputObjectGraphType
{
    public GroupInputType()
    {
        Name = "GroupInput";
        Description = "A group of actors: those that meet every criterion given (at least one). E.g. `{ region: \"region:PL84\", s3Domain: \"domain:agri-food\" }` is Podlaskie's agri-food actors.";
        Field<IdGraphType>("region").Description("Actors located in this region or in a region inside it (`region:DE` holds `region:DE60`).");
        Field<StringGraphType>("country").Description("Actors of this country (ISO 3166-1 alpha-2, e.g. `PL`).");
        Field<IdGraphType>("s3Domain").Description("Actors active in this S3 domain, e.g. `domain:agri-food`.");
        Field<ActorKindType>("kind").Description("Actors of this kind.");
    }
}
