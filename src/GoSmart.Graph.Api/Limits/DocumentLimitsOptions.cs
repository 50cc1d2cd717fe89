namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// Bounds on the GraphQL document itself (section <c>Limits:Document</c>), checked in linear time
/// before validation: GraphQL.NET's validation is quadratic in the fields of one selection set and in
/// the errors it reports, so what reaches it must be small. The defaults leave the IDE's introspection
/// query, the README's examples and the explorer's queries far inside.
/// </summary>
public sealed class DocumentLimitsOptions
{
    /// <summary>Lexical tokens (names, punctuation, values), counted before the document is parsed.</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>Fields (aliases included) in one selection set, fragments not expanded.</summary>
    public int MaxFieldsPerSelectionSet { get; set; } = 100;

    /// <summary>Fields (aliases included) in the whole document: the overlap check compares fields pairwise across the whole document.</summary>
    public int MaxFields { get; set; } = 300;

    /// <summary>Directives on one field, fragment, operation or variable.</summary>
    public int MaxDirectivesPerLocation { get; set; } = 5;

    /// <summary>Directives in the whole document.</summary>
    public int MaxDirectives { get; set; } = 200;

    public int MaxFragments { get; set; } = 100;

    public int MaxOperations { get; set; } = 50;

    /// <summary>Variable definitions in the whole document.</summary>
    public int MaxVariables { get; set; } = 100;

    /// <summary>Errors in one response; the rest are counted in one last error.</summary>
    public int MaxErrors { get; set; } = 50;

    /// <summary>Characters of one error message (longer ones are cut, ending in "…").</summary>
    public int MaxErrorMessageLength { get; set; } = 1_000;

    /// <summary>Locations listed by one error.</summary>
    public int MaxErrorLocations { get; set; } = 10;
}
