using System.Runtime.CompilerServices;
using GoSmart.Graph.Api.Limits;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.GraphQL;

/// <summary>
/// Depth and complexity (<see cref="QueryLimits"/>) of the operation, in time linear in the document:
/// a fragment's cost is computed once per page size it inherits and reused at every spread, where
/// GraphQL.NET's analyzer walks every expansion (2^30 fields for 30 fragments that each spread the
/// next twice). Checks the request's cancellation (its time limit, the client leaving) as it goes.
/// </summary>
public sealed class QueryCostRule(IOptions<LimitsOptions> limits) : ValidationRuleBase
{
    private static readonly ConditionalWeakTable<ISchema, IntrospectionSizes> Sizes = [];

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Like GraphQL.NET's analyzer: an invalid document (unknown fields, fragment cycles) has no cost to speak of.
        if (!context.HasErrors)
        {
            var (complexity, depth) = Measure(context);
            var options = limits.Value;
            if (depth > options.MaxDepth)
            {
                context.ReportError(new ComplexityError($"Query is too nested to execute. Maximum depth is {depth} levels; maximum allowed on this endpoint is {options.MaxDepth}."));
            }
            else if (double.IsNaN(complexity) || complexity > options.MaxComplexity)
            {
                context.ReportError(new ComplexityError($"Query is too complex to execute. Complexity is {complexity}; maximum allowed on this endpoint is {options.MaxComplexity}."));
            }
        }

        return default;
    }

    /// <summary>The operation's complexity and depth (1 for fields at the root, as GraphQL.NET counts).</summary>
    public static (double Complexity, int Depth) Measure(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = context.Operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            _ => context.Schema.Subscription,
        };
        if (root is null)
        {
            return (0, 1);
        }

        var walk = new Walk(context, Sizes.GetValue(context.Schema, s => new IntrospectionSizes(s)));
        var (cost, depth) = walk.SelectionSet(context.Operation.SelectionSet, root, null);
        return (cost, depth + 1);
    }

    private sealed class Walk(ValidationContext context, IntrospectionSizes introspection)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = context.Document.Definitions
            .OfType<GraphQLFragmentDefinition>().DistinctBy(f => f.FragmentName.Name.StringValue).ToDictionary(f => f.FragmentName.Name.StringValue);

        private readonly Dictionary<(GraphQLFragmentDefinition, int?), (double, int)> _memo = [];
        private readonly HashSet<(GraphQLFragmentDefinition, int?)> _open = [];

        /// <summary>The cost of a selection set whose fields each count once, and how deep it nests below them.</summary>
        public (double Cost, int Depth) SelectionSet(GraphQLSelectionSet set, IGraphType parentType, int? inheritedPage)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            double cost = 0;
            var depth = 0;
            foreach (var selection in set.Selections)
            {
                if (!context.ShouldIncludeNode(selection))
                {
                    continue;
                }

                var (c, d) = selection switch
                {
                    GraphQLField field => Field(field, parentType, inheritedPage),
                    GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parentType, inheritedPage),
                    GraphQLFragmentSpread spread => Spread(spread, inheritedPage),
                    _ => (0, 0),
                };
                cost += c;
                depth = Math.Max(depth, d);
            }

            return (cost, depth);
        }

        private (double, int) Field(GraphQLField field, IGraphType parentType, int? inheritedPage)
        {
            var definition = Definition(field, parentType);
            if (definition is null || field.SelectionSet is null || definition.ResolvedType?.GetNamedType() is not { } childType)
            {
                return (1, 0);
            }

            IDictionary<string, global::GraphQL.Execution.ArgumentValue>? arguments = null;
            _ = context.ArgumentValues?.TryGetValue(field, out arguments);
            var multiplier = QueryLimits.ChildMultiplier(definition, parentType, arguments, inheritedPage, introspection);
            var (cost, depth) = SelectionSet(field.SelectionSet, childType, QueryLimits.InheritedPage(definition, arguments));
            return (1 + multiplier * cost, depth + 1);
        }

        private (double, int) Spread(GraphQLFragmentSpread spread, int? inheritedPage)
        {
            if (!_fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) || TypeOf(fragment.TypeCondition) is not { } type)
            {
                return (0, 0);
            }

            var key = (fragment, inheritedPage);
            if (_memo.TryGetValue(key, out var known))
            {
                return known;
            }

            // A cycle is a validation error reported elsewhere; here it only must not recurse forever.
            if (!_open.Add(key))
            {
                return (0, 0);
            }

            var result = SelectionSet(fragment.SelectionSet, type, inheritedPage);
            _open.Remove(key);
            _memo[key] = result;
            return result;
        }

        private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
            condition is null ? null : context.Schema.AllTypes[condition.Type.Name.StringValue];

        private FieldType? Definition(GraphQLField field, IGraphType parentType)
        {
            var name = field.Name.StringValue;
            return name switch
            {
                "__typename" => context.Schema.TypeNameMetaFieldType,
                "__schema" when parentType == context.Schema.Query => context.Schema.SchemaMetaFieldType,
                "__type" when parentType == context.Schema.Query => context.Schema.TypeMetaFieldType,
                _ => (parentType as IComplexGraphType)?.GetField(name),
            };
        }
    }
}
