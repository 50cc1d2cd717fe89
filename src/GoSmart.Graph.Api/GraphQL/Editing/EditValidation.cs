using System.Globalization;
using GoSmart.Graph.Api.GraphQL.Errors;
using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Api.GraphQL.Editing;

/// <summary>
/// The rules every edited value must meet; each failure names the input field and what to fix. Ids and
/// text go through <see cref="InputText"/>, the rules the CSV importer applies too.
/// </summary>
public static class EditValidation
{
    public const int MaxNameLength = InputText.MaxNameLength;
    public const int MaxShortTextLength = 100;
    public const int MaxTextLength = 2_000;
    public const int MaxUrlLength = 500;
    public const int MaxListLength = 20;
    public const int MaxSlugIdLength = InputText.MaxSlugIdLength;
    public const int FirstYear = InputText.FirstYear;

    public static int LastYear => InputText.LastYear;

    public static readonly IReadOnlyList<string> ParticipationRoles = ["coordinator", "participant", "partner"];

    // ISO 3166-1 alpha-2, officially assigned codes.
    private static readonly HashSet<string> CountryCodes = new(
        """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
        GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO
        JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR
        MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO
        RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV
        TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    public static string ActorId(string field, object? value) => SlugId(field, value, "actor:", "actor:pic-999889193 or actor:acme-robotics");

    public static string ProjectId(string field, object? value) => SlugId(field, value, "project:", "project:rcn-210603 or project:vidzeme-match-2024");

    /// <summary>Existing typed ids (regions, domains) are checked against the store by the caller; here only their size and prefix.</summary>
    public static string TypedId(string field, object? value, string prefix)
    {
        var id = Required(field, value);
        if (!InputText.IsTypedId(id, prefix))
        {
            throw UserInputError.Invalid(field, $"`{Short(id)}` is not a {prefix[..^1]} id; it starts with `{prefix}`, has no white space or control characters and at most {InputText.MaxIdLength} characters.");
        }

        return id;
    }

    public static string Name(string field, object? value)
    {
        var name = Text(field, value, MaxNameLength) ?? throw UserInputError.Invalid(field, $"`{field}` cannot be empty.");
        return name;
    }

    /// <summary>
    /// Trimmed text of at most <paramref name="max"/> characters (counted by <see cref="InputText.Length"/>) with none
    /// of the characters <see cref="InputText.FindForbidden"/> refuses; null or blank gives null.
    /// </summary>
    public static string? Text(string field, object? value, int max, bool multiLine = false)
    {
        if (value is null)
        {
            return null;
        }

        var text = value as string ?? throw UserInputError.Invalid(field, $"`{field}` must be a string.");
        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (InputText.FindForbidden(text, multiLine) is { } forbidden)
        {
            throw UserInputError.Invalid(field, $"`{field}` contains {forbidden}; text may not hold control, line-separator, bidirectional or other invisible format characters{(multiLine ? " (line feeds are allowed here)" : "")}.");
        }

        var length = InputText.Length(text);
        if (length > max)
        {
            throw UserInputError.Invalid(field, $"`{field}` has {length} characters; at most {max} are allowed.");
        }

        return text;
    }

    public static IReadOnlyList<string> Names(string field, object? value)
    {
        var list = List(field, value);
        return [.. list.Select((v, i) => Name($"{field}[{i}]", v)).Distinct(StringComparer.Ordinal)];
    }

    public static IReadOnlyList<object?> List(string field, object? value)
    {
        if (value is null)
        {
            return [];
        }

        var list = (value as IEnumerable<object?>)?.ToList() ?? throw UserInputError.Invalid(field, $"`{field}` must be a list.");
        return list.Count <= MaxListLength ? list : throw UserInputError.Invalid(field, $"`{field}` has {list.Count} values; at most {MaxListLength} are allowed.");
    }

    public static string Country(string field, object? value)
    {
        var code = Required(field, value).Trim().ToUpperInvariant();
        code = code switch { "EL" => "GR", "UK" => "GB", _ => code };
        return CountryCodes.Contains(code) ? code : throw UserInputError.Invalid(field, $"`{Short(code)}` is not an ISO 3166-1 alpha-2 country code (e.g. PL, DE, DK).");
    }

    public static string? Url(string field, object? value)
    {
        var text = Text(field, value, MaxUrlLength);
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host)
            ? uri.ToString()
            : throw UserInputError.Invalid(field, $"`{field}` must be an absolute http or https address, e.g. https://example.org.");
    }

    public static string? Pic(string field, object? value)
    {
        var text = Text(field, value, 9);
        return text is null || (text.Length == 9 && text.All(char.IsAsciiDigit)) ? text : throw UserInputError.Invalid(field, "A PIC (CORDIS participant identification code) has nine digits.");
    }

    public static int? Year(string field, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var year = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        return year >= FirstYear && year <= LastYear ? year : throw UserInputError.Invalid(field, $"`{field}` must be a year from {FirstYear} to {LastYear}.");
    }

    public static DateOnly? Date(string field, object? value)
    {
        var text = Text(field, value, 10);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw UserInputError.Invalid(field, $"`{field}` must be a date written yyyy-MM-dd.");
        }

        _ = Year(field, date.Year);
        return date;
    }

    public static void Ordered(string field, int? first, int? last)
    {
        if (first is not null && last is not null && first > last)
        {
            throw UserInputError.Invalid(field, $"`{field}` ({last}) is before the first year ({first}).");
        }
    }

    public static string Role(string field, object? value)
    {
        var role = (Text(field, value, MaxShortTextLength) ?? "participant").ToLowerInvariant();
        return ParticipationRoles.Contains(role) ? role : throw UserInputError.Invalid(field, $"`{field}` must be one of {string.Join(", ", ParticipationRoles)}.");
    }

    public static decimal? Contribution(string field, object? value)
    {
        if (value is null)
        {
            return null;
        }

        // A GraphQL Float can be far beyond decimal's range (1e308): compare before converting.
        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        return number is >= 0 and <= (double)InputText.MaxContribution
            ? Convert.ToDecimal(value, CultureInfo.InvariantCulture)
            : throw UserInputError.Invalid(field, $"`{field}` must be an amount in euro from 0 to {InputText.MaxContribution.ToString("N0", CultureInfo.InvariantCulture)}.");
    }

    private static string SlugId(string field, object? value, string prefix, string example)
    {
        var id = Required(field, value);
        if (!InputText.IsSlugId(id, prefix))
        {
            throw UserInputError.Invalid(field, $"`{Short(id)}` is not a valid id: `{prefix}` then lower-case letters, digits and single hyphens, at most {MaxSlugIdLength} characters in all, e.g. {example}.");
        }

        return id;
    }

    private static string Required(string field, object? value) =>
        value as string is { Length: > 0 } text ? text : throw UserInputError.Invalid(field, $"`{field}` is required.");

    private static string Short(string text) => InputText.Visible(text, 40);
}
