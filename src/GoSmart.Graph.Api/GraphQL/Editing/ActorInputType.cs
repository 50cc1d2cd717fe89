using GoSmart.Graph.Api.GraphQL.Actors;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Editing;

public sealed class ActorInputType : InputObjectGraphType
{
    public ActorInputType()
    {
        Name = "ActorInput";
        Description = "An actor to create or change. For an existing actor, a field left out keeps its value and a field set to null clears it; a new actor needs `name`, `kind` and `country`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("`actor:` then lower-case letters, digits and hyphens, e.g. `actor:pic-999889193` or `actor:acme-robotics`.");
        Field<StringGraphType>("name").Description($"Display name, 1 to {EditValidation.MaxNameLength} characters.");
        Field<ActorKindType>("kind").Description("COMPANY, RESEARCH, AUTHORITY or INTERMEDIARY.");
        Field<StringGraphType>("country").Description("ISO 3166-1 alpha-2 code, e.g. `PL`.");
        Field<IdGraphType>("regionId").Description("The region it is located in, e.g. `region:PL84`; must exist and lie in `country`. Defaults to the country's region.");
        Field<BooleanGraphType>("sme").Description("Small or medium-sized enterprise; null where unknown.");
        Field<StringGraphType>("shortName").Description($"At most {EditValidation.MaxShortTextLength} characters.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("alternativeNames").Description($"At most {EditValidation.MaxListLength}.");
        Field<StringGraphType>("city").Description("City, at most 100 characters.");
        Field<StringGraphType>("website").Description("An absolute http or https address.");
        Field<StringGraphType>("pic").Description("CORDIS PIC, nine digits.");
    }
}
