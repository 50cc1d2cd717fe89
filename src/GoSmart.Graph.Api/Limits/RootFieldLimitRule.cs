using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// Refuses an operation with more root fields (aliases and fragments included) than
/// <see cref="LimitsOptions.MaxRootFields"/>: complexity counts what a query returns, not how many
/// separate lookups it starts, and a thousand aliases of a cheap-looking search are a thousand searches.
/// </summary>
public sealed class RootFieldLimitRule(IOptions<LimitsOptions> limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            var max = limits.Value.MaxRootFields;
            // Counting stops one past the limit: a thousand aliases need not all be walked to be refused.
            if (RootFields.Of(operation, ctx.Document).Take(max + 1).Count() > max)
            {
                ctx.ReportError(new RootFieldLimitError(ctx.Document.Source, operation, max));
            }
        }));
}

/// <summary>An operation over <see cref="LimitsOptions.MaxRootFields"/>; coded LIMIT_EXCEEDED.</summary>
public sealed class RootFieldLimitError(GraphQLParser.ROM source, ASTNode node, int max)
    : ValidationError(source, "ROOT_FIELDS", $"The operation has more than {max} root fields (aliases included); split it into several requests.", node);
