using System.Globalization;
using GoSmart.Graph.Api.GraphQL.Paging;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL;

/// <summary>
/// The cost model that <see cref="QueryCostRule"/> checks before a query runs. Complexity counts the
/// fields a query may return: every field counts 1, a list or connection multiplies what it holds by
/// its <c>first</c>/<c>last</c> (by the default page size when not given), a field that takes
/// <c>k</c> or <c>limit</c> (k paths, top-n rankings) multiplies what it holds by that, and
/// introspection lists multiply by the schema's real sizes (<see cref="IntrospectionSizes"/>).
/// The IDE's introspection query stays well inside.
/// </summary>
public static class QueryLimits
{
    /// <summary>The arguments, besides <c>first</c>/<c>last</c>, whose value is the number of items a field returns.</summary>
    public static readonly IReadOnlyList<string> ListSizeArguments = ["k", "limit"];

    private const string ListSizeKey = "GoSmart.ListSize";

    /// <summary>How many items the field holds per parent, whatever its arguments (e.g. a view's nodes, already counted by its <c>limit</c>).</summary>
    public static FieldType WithListSize(this FieldType field, double size)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Metadata[ListSizeKey] = size;
        return field;
    }

    /// <summary>What each field selected under <paramref name="field"/> counts for.</summary>
    /// <param name="inheritedPage">The enclosing field's <c>first</c>/<c>last</c> when it is not a list (a connection's pages are its nodes').</param>
    public static double ChildMultiplier(
        FieldType field, IGraphType parentType, IDictionary<string, ArgumentValue>? arguments, int? inheritedPage, IntrospectionSizes introspection)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(introspection);
        if (parentType.Name.StartsWith("__", StringComparison.Ordinal) || field.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return introspection.ListSize(parentType.Name, field.Name);
        }

        if (field.Metadata.TryGetValue(ListSizeKey, out var fixedSize) && fixedSize is double size)
        {
            return size;
        }

        foreach (var name in ListSizeArguments)
        {
            if (field.Arguments?.Find(name) is { } argument)
            {
                var given = arguments?.TryGetValue(name, out var value) == true ? value.Value : null;
                var n = given ?? argument.DefaultValue;
                return n is null ? PagingArguments.DefaultPageSize : Math.Max(1, Convert.ToDouble(n, CultureInfo.InvariantCulture));
            }
        }

        if (!IsList(field.ResolvedType))
        {
            return 1;
        }

        if (Page(arguments) is { } page)
        {
            return page;
        }

        if (arguments?.ContainsKey("id") == true)
        {
            return 1;
        }

        if (inheritedPage is { } inherited)
        {
            return inherited;
        }

        double multiplier = 1;
        var type = Unwrap(field.ResolvedType);
        while (type is ListGraphType list)
        {
            type = Unwrap(list.ResolvedType);
            multiplier *= PagingArguments.DefaultPageSize;
        }

        return multiplier;
    }

    /// <summary>The page size a field passes to the lists under it: its <c>first</c>, else its <c>last</c>, when it is not itself a list.</summary>
    public static int? InheritedPage(FieldType field, IDictionary<string, ArgumentValue>? arguments)
    {
        ArgumentNullException.ThrowIfNull(field);
        return IsList(field.ResolvedType) ? null : Page(arguments);
    }

    private static int? Page(IDictionary<string, ArgumentValue>? arguments) =>
        arguments?.TryGetValue("first", out var first) == true && first.Value is int f ? f
        : arguments?.TryGetValue("last", out var last) == true && last.Value is int l ? l
        : null;

    private static bool IsList(IGraphType? type) => Unwrap(type) is ListGraphType;

    private static IGraphType? Unwrap(IGraphType? type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
}
