using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Editing;

public sealed class LinkKindType : EnumerationGraphType
{
    public const string CollaboratesWith = "COLLABORATES_WITH";
    public const string MemberOf = "MEMBER_OF";

    public LinkKindType()
    {
        Name = "LinkKind";
        Description = "A tie between two actors that a broker declares.";
        Add(CollaboratesWith, CollaboratesWith, "The two actors collaborate (a declared tie, beside the ones shared projects derive).");
        Add(MemberOf, MemberOf, "The first actor is a member of the second (a cluster or network).");
    }
}
