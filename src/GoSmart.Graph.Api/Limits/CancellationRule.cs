using GraphQL.Validation;
using GraphQLParser.AST;

namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// Stops validation at the request's time limit or when the client leaves: GraphQL.NET's rules
/// never look at the token, so without this a costly document is validated to the end regardless.
/// </summary>
public sealed class CancellationRule : ValidationRuleBase, INodeVisitor
{
    public static readonly CancellationRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(this);

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => new(this);

    public ValueTask EnterAsync(ASTNode node, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.CancellationToken.ThrowIfCancellationRequested();
        return default;
    }

    public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;
}
