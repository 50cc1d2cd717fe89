using System.Net;
using System.Text;

namespace GoSmart.Graph.Core.Import;

/// <summary>
/// Cleans free text from the sources: HTML entities, line breaks and runs of white space, and
/// UTF-8 that was once read as Windows-1252, Mac Roman or Latin-1 ("â€“", "‚Äô", "Ã¼").
/// </summary>
public static class TextCleaner
{
    // Mojibake is UTF-8 bytes shown through a single-byte code page; these are the code pages
    // the sources were seen to go through, tried in this order.
    private static readonly Encoding[] SingleByteEncodings =
    [
        CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!,
        CodePagesEncodingProvider.Instance.GetEncoding(10000, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!,
        Encoding.GetEncoding("iso-8859-1", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The cleaned text, or null when nothing but white space is left.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var decoded = WebUtility.HtmlDecode(text);
        var collapsed = CollapseWhiteSpace(RepairMojibake(decoded));
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>Re-decodes each run of non-ASCII characters that is really mis-read UTF-8; other text is left alone.</summary>
    public static string RepairMojibake(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] < 0x80)
            {
                sb.Append(text[i]);
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && text[i] >= 0x80)
            {
                i++;
            }

            var run = text[start..i];
            sb.Append(TryRedecode(run) ?? run);
        }

        return sb.ToString();
    }

    /// <summary>Title case for text written in capitals only ("BIALYSTOK" → "Bialystok"); other text is returned as is.</summary>
    public static string TitleCaseIfAllCaps(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsLetter) || text.Any(char.IsLower))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var wordStart = true;
        foreach (var ch in text)
        {
            sb.Append(wordStart ? char.ToUpperInvariant(ch) : char.ToLowerInvariant(ch));
            wordStart = !char.IsLetterOrDigit(ch);
        }

        return sb.ToString();
    }

    private static string? TryRedecode(string run)
    {
        // A single character cannot be a multi-byte UTF-8 sequence seen through a code page.
        if (run.Length < 2)
        {
            return null;
        }

        foreach (var encoding in SingleByteEncodings)
        {
            try
            {
                var repaired = StrictUtf8.GetString(encoding.GetBytes(run));
                if (repaired.Length < run.Length && !repaired.Any(char.IsControl))
                {
                    return repaired;
                }
            }
            catch (ArgumentException)
            {
                // Not representable in this code page, or not valid UTF-8 after all: genuine text.
            }
        }

        return null;
    }

    private static string CollapseWhiteSpace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || char.IsControl(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }
}
