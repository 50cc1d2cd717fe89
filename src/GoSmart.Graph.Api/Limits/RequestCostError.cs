using GraphQL.Validation;
using GraphQLParser.AST;

namespace GoSmart.Graph.Api.Limits;

/// <summary>An operation its client's budget cannot pay for now (<c>RATE_LIMITED</c>, HTTP 429) or ever (<c>LIMIT_EXCEEDED</c>).</summary>
public sealed class RequestCostError : ValidationError
{
    public RequestCostError(GraphQLParser.ROM source, ASTNode node, string code, string message)
        : base(source, "REQUEST_COST", message, node)
    {
        Code = code;
    }
}
