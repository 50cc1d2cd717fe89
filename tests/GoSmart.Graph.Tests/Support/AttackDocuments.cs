namespace GoSmart.Graph.Tests.Support;

/// <summary>The hostile documents of issue 12, by the size that was tried; the bench times their validation.</summary>
public static class AttackDocuments
{
    public const string Lead = "actor:pic-999889193";

    /// <summary><c>{ ...F0 } fragment F0 on Query { ...F1 ...F1 } …</c>: 2^n expansions in about 30 bytes per fragment.</summary>
    public static string FragmentFanOut(int n) =>
        "{ ...F0 } " + string.Concat(Enumerable.Range(0, n).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "))
        + $"fragment F{n} on Query {{ stats {{ actors }} }}";

    /// <summary>One response name for n different fields: every pair conflicts (7 bytes per alias).</summary>
    public static string ConflictingAliases(int n) =>
        $"{{ actor(id: \"{Lead}\") {{ " + string.Join(' ', Enumerable.Range(0, n).Select(i => i % 2 == 0 ? "x:name" : "x:kind")) + " } }";

    /// <summary>
    /// The costliest shape within the document limits that was found for GraphQL.NET's overlap check: three
    /// root fields under one response name, each holding 99 conflicting aliases of one name.
    /// </summary>
    public static string ConflictsWithinTheLimits() =>
        "{ " + string.Join(' ', Enumerable.Range(0, 3).Select(i => $"a: actor(id: \"{Lead}\") {{ " + string.Join(' ', Enumerable.Range(0, 99).Select(j => j % 2 == 0 ? "x:name" : "x:kind")) + " }")) + " }";

    public static string RepeatedField(int n) =>
        $"{{ actor(id: \"{Lead}\") {{ " + string.Join(' ', Enumerable.Repeat("name", n)) + " } }";

    public static string Directives(int n) =>
        "{ stats " + string.Join(' ', Enumerable.Repeat("@include(if: true)", n)) + " { actors } }";

    /// <summary>n aliases of <c>__schema</c>, each asking what the IDE's introspection asks of every type.</summary>
    public static string SchemaAliases(int n) =>
        "{ " + string.Join(' ', Enumerable.Range(0, n).Select(i => $"s{i}: __schema {{ types {{ name kind fields {{ name args {{ name type {{ name kind ofType {{ name kind }} }} }} type {{ name kind ofType {{ name kind ofType {{ name }} }} }} }} }} }}")) + " }";

    /// <summary>The introspection query GraphiQL 4 (the bundled IDE) sends: graphql-js getIntrospectionQuery() with GraphiQL's defaults (no input value deprecation, no schema description).</summary>
    public static readonly string GraphiQLIntrospection = "query IntrospectionQuery { " + IntrospectionSelection + " } " + IntrospectionFragments;

    /// <summary>n aliases of the IDE's whole <c>__schema</c> selection.</summary>
    public static string IntrospectionAliases(int n) =>
        "{ " + string.Join(' ', Enumerable.Range(0, n).Select(i => $"s{i}: {IntrospectionSelection}")) + " } " + IntrospectionFragments;

    private const string IntrospectionSelection = """
        __schema {
          queryType { name kind } mutationType { name kind } subscriptionType { name kind }
          types { ...FullType }
          directives { name description locations args { ...InputValue } }
        }
        """;

    private const string IntrospectionFragments = """
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;
}
