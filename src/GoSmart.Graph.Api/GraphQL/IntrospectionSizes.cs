using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL;

/// <summary>
/// How many items each introspection list returns on average, read once from the schema, so
/// <c>__schema { types { fields { … } } }</c> costs the schema's size and a hundred aliases of it are refused.
/// </summary>
public sealed class IntrospectionSizes
{
    private readonly Dictionary<(string Type, string Field), double> _sizes;

    public IntrospectionSizes(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var types = schema.AllTypes.ToList();
        var complex = types.OfType<IComplexGraphType>().ToList();
        var fields = complex.SelectMany(t => t.Fields).ToList();
        var directives = schema.Directives.ToList();
        double typeCount = Math.Max(1, types.Count);
        _sizes = new()
        {
            [("__Schema", "types")] = types.Count,
            [("__Schema", "directives")] = directives.Count,
            [("__Type", "fields")] = complex.Where(t => t is not IInputObjectGraphType).Sum(t => t.Fields.Count) / typeCount,
            [("__Type", "inputFields")] = complex.Where(t => t is IInputObjectGraphType).Sum(t => t.Fields.Count) / typeCount,
            [("__Type", "enumValues")] = types.OfType<EnumerationGraphType>().Sum(t => t.Values.Count) / typeCount,
            [("__Type", "interfaces")] = types.OfType<IImplementInterfaces>().Sum(t => t.ResolvedInterfaces.Count) / typeCount,
            [("__Type", "possibleTypes")] = types.OfType<IAbstractGraphType>().Sum(t => t.PossibleTypes.Count) / typeCount,
            [("__Field", "args")] = fields.Sum(f => f.Arguments?.Count ?? 0) / (double)Math.Max(1, fields.Count),
            [("__Directive", "args")] = directives.Sum(d => d.Arguments?.Count ?? 0) / (double)Math.Max(1, directives.Count),
        };
    }

    /// <summary>The multiplier of an introspection field: its list's average size, 1 for a single value.</summary>
    public double ListSize(string parentType, string field) => _sizes.GetValueOrDefault((parentType, field), 1);
}
