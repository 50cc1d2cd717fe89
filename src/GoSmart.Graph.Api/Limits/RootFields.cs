using GraphQLParser.AST;

namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// The root fields of an operation, aliases included, through inline fragments and fragment spreads; a
/// fragment's once however often it is spread (spreads of one fragment at the root merge), so the walk is
/// linear in the document.
/// </summary>
public static class RootFields
{
    public static IEnumerable<GraphQLField> Of(GraphQLOperationDefinition operation, GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(document);
        return Walk(operation.SelectionSet, document, []);
    }

    private static IEnumerable<GraphQLField> Walk(GraphQLSelectionSet set, GraphQLDocument document, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            var nested = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline => Walk(inline.SelectionSet, document, visited),
                GraphQLFragmentSpread spread when visited.Add(spread.FragmentName.Name.StringValue)
                    && document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name) is { } fragment
                    => Walk(fragment.SelectionSet, document, visited),
                _ => [],
            };
            foreach (var field in nested)
            {
                yield return field;
            }
        }
    }
}
