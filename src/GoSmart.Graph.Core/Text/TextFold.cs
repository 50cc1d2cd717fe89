using System.Text;

namespace GoSmart.Graph.Core.Text;

/// <summary>
/// Folds text for matching: lower case, accents removed, and the Baltic and Nordic letters that
/// Unicode does not decompose mapped by hand (ł→l, ø→o, æ→ae, ß→ss, đ→d), so "bialystok"
/// matches "Białystok" and "BIAŁYSTOK", and "poznan" matches "Poznań".
/// </summary>
public static class TextFold
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is >= '\u0300' and <= '\u036F')
            {
                // A combining mark of decomposed input: the letter before it is already folded.
                continue;
            }

            var lower = char.ToLowerInvariant(ch);
            switch (lower)
            {
                case 'ł': sb.Append('l'); break;
                case 'ø': sb.Append('o'); break;
                case 'æ': sb.Append("ae"); break;
                case 'œ': sb.Append("oe"); break;
                case 'ß': sb.Append("ss"); break;
                case 'đ': sb.Append('d'); break;
                case 'ħ': sb.Append('h'); break;
                case 'ı': sb.Append('i'); break;
                case 'þ': sb.Append("th"); break;
                default:
                    if ((LatinLetters.Base(lower) ?? LatinLetters.Base(ch)) is { } folded)
                    {
                        sb.Append(folded);
                    }
                    else
                    {
                        sb.Append(lower);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>The folded words of a text: runs of letters and digits.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
