using System.Text;
using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Core.Import;

/// <summary>Readable id fragments: "Marshal's Office of Podlaskie" → <c>marshals-office-of-podlaskie</c>.</summary>
public static class Slug
{
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var ch in TextFold.Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(ch);
                pendingHyphen = false;
            }
            else if (ch is not '\'' and not '’')
            {
                // Apostrophes join ("marshals"); every other separator becomes one hyphen.
                pendingHyphen = true;
            }
        }

        return sb.ToString();
    }
}
