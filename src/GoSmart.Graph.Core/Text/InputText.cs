using System.Globalization;
using System.Text;

namespace GoSmart.Graph.Core.Text;

/// <summary>
/// The rules every id and free text from outside meets, whichever door it comes in by (the mutations,
/// the CSV importer), so the two refuse the same values. Checked without regular expressions: .NET's
/// <c>$</c> matches before a final newline, which let <c>actor:pic-999889193\n</c> pass as a new id.
/// </summary>
public static class InputText
{
    /// <summary>The longest actor or project id, its prefix included.</summary>
    public const int MaxSlugIdLength = 120;

    /// <summary>The longest region or domain id (and any id a query names).</summary>
    public const int MaxIdLength = 200;

    /// <summary>The longest name or title, in characters as <see cref="Length"/> counts them.</summary>
    public const int MaxNameLength = 300;

    /// <summary>The first year of a collaboration or a project date.</summary>
    public const int FirstYear = 1950;

    /// <summary>The last year accepted: projects are planned a few years ahead, no further.</summary>
    public static int LastYear => DateTime.UtcNow.Year + 10;

    /// <summary>The largest EU contribution in euro; larger values are typing errors (or overflow attempts).</summary>
    public const decimal MaxContribution = 10_000_000_000m;

    /// <summary>
    /// Characters as a person counts them, closely enough: Unicode scalar values (runes), so an astral
    /// character (an emoji, 𝔸, a CJK extension ideograph) counts one, not two UTF-16 units, and a
    /// combining accent counts one of its own (so a pile of combining marks cannot hide in one character).
    /// </summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            length++;
        }

        return length;
    }

    /// <summary>
    /// The first character <paramref name="text"/> may not hold, written <c>U+202E (a bidirectional control)</c>,
    /// or null when there is none. Refused: control characters (Cc; a line feed only in
    /// <paramref name="multiLine"/> text), line and paragraph separators (Zl, Zp), bidirectional controls,
    /// every other invisible format character (Cf) but the zero-width joiner and non-joiner that scripts
    /// and emoji need, noncharacters and broken UTF-16 (an unpaired surrogate).
    /// </summary>
    public static string? FindForbidden(ReadOnlySpan<char> text, bool multiLine = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and < '\u007F')
            {
                continue;
            }

            int scalar;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                scalar = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"{Code(c)} (an unpaired surrogate: broken Unicode)";
            }
            else
            {
                scalar = c;
            }

            if (Why(scalar, multiLine) is { } why)
            {
                return $"{Code(scalar)} ({why})";
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="prefix"/> then runs of lower-case ASCII letters and digits joined by single hyphens,
    /// at most <see cref="MaxSlugIdLength"/> in all: <c>actor:pic-999889193</c>, <c>project:vidzeme-match-2024</c>.
    /// </summary>
    public static bool IsSlugId(ReadOnlySpan<char> id, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (id.Length > MaxSlugIdLength || !id.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var key = id[prefix.Length..];
        if (key.IsEmpty || key[0] == '-' || key[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c == '-' ? key[i - 1] == '-' : !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An id of the other kinds (regions, domains): <paramref name="prefix"/> then a key without white space or
    /// forbidden characters, at most <see cref="MaxIdLength"/> in all (<c>region:PL84</c>, <c>domain:agri-food</c>).
    /// </summary>
    public static bool IsTypedId(ReadOnlySpan<char> id, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (id.Length <= prefix.Length || id.Length > MaxIdLength || !id.StartsWith(prefix, StringComparison.Ordinal) || FindForbidden(id) is not null)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text as it may be shown in a message or a log line: forbidden characters as <c>\u202E</c>, at most <paramref name="max"/> characters.</summary>
    public static string Visible(string text, int max = 60)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(Math.Min(text.Length, max + 8));
        foreach (var c in text)
        {
            if (sb.Length >= max)
            {
                return sb.Append('…').ToString();
            }

            if (!char.IsSurrogate(c) && Why(c, multiLine: false) is not null)
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string? Why(int scalar, bool multiLine)
    {
        if (scalar is 0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069))
        {
            return "a bidirectional control";
        }

        if ((scalar & 0xFFFE) == 0xFFFE || scalar is >= 0xFDD0 and <= 0xFDEF)
        {
            return "a noncharacter";
        }

        return CharUnicodeInfo.GetUnicodeCategory(scalar) switch
        {
            UnicodeCategory.Control when multiLine && scalar == '\n' => null,
            UnicodeCategory.Control => "a control character",
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => "a line or paragraph separator",
            UnicodeCategory.Format when scalar is 0x200C or 0x200D => null,
            UnicodeCategory.Format => "an invisible format character",
            _ => null,
        };
    }

    private static string Code(int scalar) => "U+" + scalar.ToString(scalar > 0xFFFF ? "X5" : "X4", CultureInfo.InvariantCulture);
}
