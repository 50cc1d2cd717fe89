using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.GraphQL.Actors;

/// <summary>Turns an <c>ActorFilter</c> argument into the store's filter, checking every value.</summary>
public static class ActorFilterReader
{
    public const int MaxDepth = 4;
    public const int MaxListLength = 100;
    public const int MaxTextLength = 200;
    public const int MaxTerms = 300;

    public static ActorFilter? Read(object? value) => value is null ? null : Read(value, 1, new Budget());

    private static ActorFilter Read(object value, int depth, Budget budget)
    {
        budget.Spend(1);
        if (depth > MaxDepth)
        {
            throw new UserInputError($"The filter nests `and`/`or` more than {MaxDepth} levels deep; flatten it.");
        }

        if (value is not IDictionary<string, object?> fields)
        {
            throw new UserInputError("The filter must be an ActorFilter object.");
        }

        return new ActorFilter
        {
            Kinds = List(fields, "kindIn", budget, v => v is ActorKind k ? k : throw new UserInputError($"`kindIn` holds an unknown kind: {v}.")),
            Countries = List(fields, "countryIn", budget, Country),
            RegionIds = List(fields, "regionIn", budget, v => Id(v, Ids.RegionPrefix, "regionIn", "region:PL84")),
            S3DomainIds = List(fields, "s3DomainIn", budget, v => Id(v, Ids.DomainPrefix, "s3DomainIn", "domain:agri-food")),
            NameContains = Text(fields),
            Sme = fields.TryGetValue("sme", out var sme) ? (bool?)sme : null,
            And = List(fields, "and", budget, v => Read(v!, depth + 1, budget)),
            Or = List(fields, "or", budget, v => Read(v!, depth + 1, budget)),
        };
    }

    private static List<T>? List<T>(IDictionary<string, object?> fields, string name, Budget budget, Func<object?, T> read)
    {
        if (!fields.TryGetValue(name, out var value) || value is null)
        {
            return null;
        }

        var items = ((IEnumerable<object?>)value).ToList();
        if (items.Count > MaxListLength)
        {
            throw UserInputError.LimitExceeded($"`{name}` may hold at most {MaxListLength} values; it has {items.Count}.");
        }

        budget.Spend(items.Count);
        return items.Select(read).ToList();
    }

    private static string Country(object? value)
    {
        var code = value as string ?? string.Empty;
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new UserInputError($"`countryIn` takes ISO 3166-1 alpha-2 codes such as `PL` or `DE`; `{Shorten(code)}` is not one.");
        }

        return code;
    }

    private static string Id(object? value, string prefix, string field, string example)
    {
        var id = value as string ?? string.Empty;
        if (!id.StartsWith(prefix, StringComparison.Ordinal) || id.Length == prefix.Length || id.Length > 200)
        {
            throw new UserInputError($"`{field}` takes ids such as `{example}`; `{Shorten(id)}` is not one.");
        }

        return id;
    }

    private static string? Text(IDictionary<string, object?> fields)
    {
        if (!fields.TryGetValue("nameContains", out var value) || value is not string text)
        {
            return null;
        }

        if (text.Length > MaxTextLength)
        {
            throw UserInputError.LimitExceeded($"`nameContains` may be at most {MaxTextLength} characters; it has {text.Length}.");
        }

        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    /// <summary>Counts the filters and values of the whole tree, so a filter's total size is bounded.</summary>
    private sealed class Budget
    {
        private int _spent;

        public void Spend(int terms)
        {
            _spent += terms;
            if (_spent > MaxTerms)
            {
                throw UserInputError.LimitExceeded($"The filter has more than {MaxTerms} filters and values in all; split the question into smaller ones.");
            }
        }
    }
}
