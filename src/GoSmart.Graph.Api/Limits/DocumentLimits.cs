using GraphQLParser;
using GraphQLParser.AST;

namespace GoSmart.Graph.Api.Limits;

/// <summary>
/// The checks of <see cref="DocumentLimitsOptions"/>: one pass over the text (tokens) before parsing,
/// one pass over the syntax tree after; each answers the first limit passed, as a sentence naming it.
/// </summary>
public static class DocumentLimits
{
    private const string Prefix = "Limits:Document:";

    /// <summary>The lexer alone, so a huge document is refused without building its tree; stops at the first token past the limit.</summary>
    public static string? CheckTokens(string query, DocumentLimitsOptions limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(limits);
        var count = 0;
        var position = 0;
        while (true)
        {
            Token token;
            try
            {
                token = Lexer.Lex(query, position);
            }
            catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
            {
                // The parser reports it, with its location.
                return null;
            }

            if (token.Kind == TokenKind.EOF)
            {
                return null;
            }

            if (++count > limits.MaxTokens)
            {
                return $"The document has more than {limits.MaxTokens} tokens ({Prefix}MaxTokens); split it into several requests.";
            }

            if ((count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            position = token.End;
        }
    }

    public static string? CheckDocument(GraphQLDocument document, DocumentLimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(limits);
        var counts = new Counts(limits);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    counts.Operations++;
                    counts.Variables += operation.Variables?.Items.Count ?? 0;
                    foreach (var variable in operation.Variables?.Items ?? [])
                    {
                        counts.Directives(variable.Directives);
                    }

                    counts.Directives(operation.Directives);
                    counts.SelectionSet(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    counts.Fragments++;
                    counts.Directives(fragment.Directives);
                    counts.SelectionSet(fragment.SelectionSet);
                    break;
            }

            if (counts.Exceeded() is { } exceeded)
            {
                return exceeded;
            }
        }

        return counts.Exceeded();
    }

    private sealed class Counts(DocumentLimitsOptions limits)
    {
        public int Operations { get; set; }

        public int Fragments { get; set; }

        public int Variables { get; set; }

        private int _fields;
        private int _directives;
        private string? _exceeded;

        public void Directives(GraphQLDirectives? directives)
        {
            var count = directives?.Items.Count ?? 0;
            _directives += count;
            if (count > limits.MaxDirectivesPerLocation)
            {
                _exceeded ??= $"A field, fragment, operation or variable has more than {limits.MaxDirectivesPerLocation} directives ({Prefix}MaxDirectivesPerLocation).";
            }
        }

        public void SelectionSet(GraphQLSelectionSet? set)
        {
            if (set is null || _exceeded is not null || Exceeded() is not null)
            {
                return;
            }

            var fields = 0;
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        fields++;
                        _fields++;
                        Directives(field.Directives);
                        SelectionSet(field.SelectionSet);
                        break;
                    case GraphQLInlineFragment inline:
                        Directives(inline.Directives);
                        SelectionSet(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread:
                        Directives(spread.Directives);
                        break;
                }
            }

            if (fields > limits.MaxFieldsPerSelectionSet)
            {
                _exceeded ??= $"A selection set has more than {limits.MaxFieldsPerSelectionSet} fields, aliases included ({Prefix}MaxFieldsPerSelectionSet); split the query into several requests.";
            }
        }

        public string? Exceeded() =>
            _exceeded
            ?? (_fields > limits.MaxFields ? $"The document has more than {limits.MaxFields} fields, aliases included ({Prefix}MaxFields); split it into several requests." : null)
            ?? (_directives > limits.MaxDirectives ? $"The document has more than {limits.MaxDirectives} directives ({Prefix}MaxDirectives)." : null)
            ?? (Fragments > limits.MaxFragments ? $"The document has more than {limits.MaxFragments} fragments ({Prefix}MaxFragments)." : null)
            ?? (Operations > limits.MaxOperations ? $"The document has more than {limits.MaxOperations} operations ({Prefix}MaxOperations); send the one to run." : null)
            ?? (Variables > limits.MaxVariables ? $"The document defines more than {limits.MaxVariables} variables ({Prefix}MaxVariables)." : null);
    }
}
