using System.Globalization;
using System.Text;

namespace GoSmart.Graph.Core.Text;

/// <summary>
/// Folds text for matching: lower case, accents removed, and the Baltic and Nordic letters that
/// Unicode does not decompose mapped by hand (ł→l, ø→o, æ→ae, ß→ss, đ→d), so "bialystok"
/// matches "Białystok" and "BIAŁYSTOK".
/// </summary>
public static class TextFold
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            switch (char.ToLowerInvariant(ch))
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
                case var c: sb.Append(c); break;
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
