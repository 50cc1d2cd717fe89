using GoSmart.Graph.Api.GraphQL.Paging;
using GraphQL.Validation.Complexity;

namespace GoSmart.Graph.Api.GraphQL;

/// <summary>
/// Depth and complexity limits checked before a query runs. Complexity counts the fields a query
/// may return: a list or connection multiplies what it holds by its <c>first</c>/<c>last</c>
/// (by the default page size when not given). The IDE's introspection query stays well inside.
/// </summary>
public static class QueryLimits
{
    public const int MaxDepth = 15;
    public const int MaxComplexity = 250_000;

    public static void Configure(ComplexityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MaxDepth = MaxDepth;
        options.MaxComplexity = MaxComplexity;
        options.DefaultListImpactMultiplier = PagingArguments.DefaultPageSize;

        // Introspection returns the schema, which is finite and small, however its lists multiply:
        // count each introspection field once so an IDE's introspection query always passes.
        var standard = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context =>
            context.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
                ? new FieldComplexityResult(1, 1)
                : standard(context);
    }
}
