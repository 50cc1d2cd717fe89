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
            var count = Count(operation.SelectionSet, ctx.Document, [], max);
            if (count > max)
            {
                ctx.ReportError(new RootFieldLimitError(ctx.Document.Source, operation, max));
            }
        }));

    private static int Count(GraphQLSelectionSet set, GraphQLDocument document, HashSet<string> visited, int max)
    {
        var count = 0;
        foreach (var selection in set.Selections)
        {
            count += selection switch
            {
                GraphQLField => 1,
                GraphQLInlineFragment inline => Count(inline.SelectionSet, document, visited, max),
                GraphQLFragmentSpread spread when visited.Add(spread.FragmentName.Name.StringValue)
                    && document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name) is { } fragment
                    => Count(fragment.SelectionSet, document, visited, max),
                _ => 0,
            };
            if (count > max)
            {
                return count;
            }
        }

        return count;
    }
}

/// <summary>An operation over <see cref="LimitsOptions.MaxRootFields"/>; coded LIMIT_EXCEEDED.</summary>
public sealed class RootFieldLimitError(GraphQLParser.ROM source, ASTNode node, int max)
    : ValidationError(source, "ROOT_FIELDS", $"The operation has more than {max} root fields (aliases included); split it into several requests.", node);
