using GoSmart.Graph.Api.GraphQL.Paging;
using GoSmart.Graph.Api.Limits;
using GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;

namespace GoSmart.Graph.Api.GraphQL;

/// <summary>
/// Depth and complexity limits checked before a query runs. Complexity counts the fields a query
/// may return: a list or connection multiplies what it holds by its <c>first</c>/<c>last</c>
/// (by the default page size when not given), and a field that takes <c>k</c> or <c>limit</c>
/// (k paths, top-n rankings) multiplies what it holds by that. The IDE's introspection query stays well inside.
/// </summary>
public static class QueryLimits
{
    /// <summary>The arguments, besides <c>first</c>/<c>last</c>, whose value is the number of items a field returns.</summary>
    public static readonly IReadOnlyList<string> ListSizeArguments = ["k", "limit"];

    public static void Configure(ComplexityOptions options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        Configure(options, services.GetRequiredService<IOptions<LimitsOptions>>().Value);
    }

    public static void Configure(ComplexityOptions options, LimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(limits);
        options.MaxDepth = limits.MaxDepth;
        options.MaxComplexity = limits.MaxComplexity;
        options.DefaultListImpactMultiplier = PagingArguments.DefaultPageSize;

        var standard = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context =>
        {
            // Introspection returns the schema, which is finite and small, however its lists multiply:
            // count each introspection field once so an IDE's introspection query always passes.
            if (context.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal))
            {
                return new FieldComplexityResult(1, 1);
            }

            var result = standard(context);
            foreach (var name in ListSizeArguments)
            {
                if (context.FieldDefinition.Arguments?.Find(name) is { } argument)
                {
                    var given = context.Arguments?.TryGetValue(name, out var value) == true ? value.Value : null;
                    var size = given ?? argument.DefaultValue;
                    var n = size is null ? PagingArguments.DefaultPageSize : Math.Max(1, Convert.ToDouble(size, System.Globalization.CultureInfo.InvariantCulture));
                    return new FieldComplexityResult(result.FieldImpact, Math.Max(result.ChildImpactMultiplier, n));
                }
            }

            return result;
        };
    }
}
