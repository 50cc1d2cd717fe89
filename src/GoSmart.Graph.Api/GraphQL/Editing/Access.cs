using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Api.Security;
using GraphQL;

namespace GoSmart.Graph.Api.GraphQL.Editing;

public static class Access
{
    /// <summary>UNAUTHENTICATED without a credential, FORBIDDEN when the credential's role is below <paramref name="role"/>.</summary>
    public static void RequireRole(this IResolveFieldContext context, string role)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rank = context.User.RoleRank();
        if (rank < 0)
        {
            throw new UserInputError($"`{context.FieldDefinition.Name}` needs a credential with the {role} role; send `X-Api-Key` or `Authorization: Bearer`.", ErrorCodes.Unauthenticated);
        }

        if (rank < Roles.Rank(role))
        {
            throw new UserInputError($"`{context.FieldDefinition.Name}` needs the {role} role; this credential does not have it.", ErrorCodes.Forbidden);
        }
    }
}
