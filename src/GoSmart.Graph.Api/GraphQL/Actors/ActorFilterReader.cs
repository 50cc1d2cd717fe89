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

    public static ActorFilter? Read(object? value) => value is null ? null : Read(value, 1);

    private static ActorFilter Read(object value, int depth)
    {
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
            Kinds = List(fields, "kindIn", v => v is ActorKind k ? k : throw new UserInputError($"`kindIn` holds an unknown kind: {v}.")),
            Countries = List(fields, "countryIn", Country),
            RegionIds = List(fields, "regionIn", v => Id(v, Ids.RegionPrefix, "regionIn", "region:PL84")),
            S3DomainIds = List(fields, "s3DomainIn", v => Id(v, Ids.DomainPrefix, "s3DomainIn", "domain:agri-food")),
            NameContains = Text(fields),
            Sme = fields.TryGetValue("sme", out var sme) ? (bool?)sme : null,
            And = List(fields, "and", v => Read(v!, depth + 1)),
            Or = List(fields, "or", v => Read(v!, depth + 1)),
        };
    }

    private static List<T>? List<T>(IDictionary<string, object?> fields, string name, Func<object?, T> read)
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
}
