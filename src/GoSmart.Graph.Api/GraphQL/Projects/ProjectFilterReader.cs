using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Api.GraphQL.Projects;

/// <summary>Turns a <c>ProjectFilter</c> argument into the store's filter, checking every value.</summary>
public static class ProjectFilterReader
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public static ProjectFilter? Read(object? value)
    {
        if (value is not IDictionary<string, object?> fields)
        {
            return null;
        }

        var text = fields.TryGetValue("textContains", out var t) ? t as string : null;
        if (text?.Length > ActorFilterReader.MaxTextLength)
        {
            throw UserInputError.LimitExceeded($"`textContains` may be at most {ActorFilterReader.MaxTextLength} characters; it has {text.Length}.");
        }

        var from = Year(fields, "startYearFrom");
        var to = Year(fields, "startYearTo");
        if (from > to)
        {
            throw new UserInputError($"`startYearFrom` ({from}) is after `startYearTo` ({to}).");
        }

        return new ProjectFilter
        {
            TextContains = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            ProgrammeParts = Strings(fields, "programmePartIn", s => s.Length is > 0 and <= 40, "programme parts such as `SC2` or `LEIT`"),
            S3DomainIds = Strings(fields, "s3DomainIn", s => s.StartsWith(Ids.DomainPrefix, StringComparison.Ordinal) && s.Length > Ids.DomainPrefix.Length, "ids such as `domain:agri-food`"),
            StartYearFrom = from,
            StartYearTo = to,
            ParticipantCountries = Strings(fields, "participantCountryIn", s => s.Length == 2 && s.All(char.IsAsciiLetterUpper), "ISO alpha-2 codes such as `PL`"),
        };
    }

    private static int? Year(IDictionary<string, object?> fields, string name)
    {
        if (!fields.TryGetValue(name, out var value) || value is null)
        {
            return null;
        }

        var year = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            throw new UserInputError($"`{name}` must be a year between {MinYear} and {MaxYear}; it was {year}.");
        }

        return year;
    }

    private static List<string>? Strings(IDictionary<string, object?> fields, string name, Func<string, bool> valid, string expected)
    {
        if (!fields.TryGetValue(name, out var value) || value is null)
        {
            return null;
        }

        var items = ((IEnumerable<object?>)value).Select(v => v as string ?? string.Empty).ToList();
        if (items.Count > ActorFilterReader.MaxListLength)
        {
            throw UserInputError.LimitExceeded($"`{name}` may hold at most {ActorFilterReader.MaxListLength} values; it has {items.Count}.");
        }

        var bad = items.FirstOrDefault(s => !valid(s));
        return bad is null ? items : throw new UserInputError($"`{name}` takes {expected}; `{ActorFilterReader.Shorten(bad)}` is not one.");
    }
}
