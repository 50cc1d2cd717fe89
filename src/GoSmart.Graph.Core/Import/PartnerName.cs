namespace GoSmart.Graph.Core.Import;

/// <summary>
/// A GoSmart partner's name as partners.csv writes it, split: "Kouvola Innovation Ltd (Kouvola
/// Innovation Oy, Kinno)" is named "Kouvola Innovation Ltd", also known as "Kouvola Innovation Oy" and "Kinno".
/// </summary>
public sealed record PartnerName(string Name, string? ShortName, IReadOnlyList<string> AlternativeNames)
{
    public static PartnerName Parse(string organisation)
    {
        var text = TextCleaner.Clean(organisation) ?? throw new ArgumentException("A partner needs a name.", nameof(organisation));
        var alternatives = new List<string>();
        string? shortName = null;

        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        if (open > 0 && close > open)
        {
            var inner = text[(open + 1)..close];
            text = (text[..open] + text[(close + 1)..]).Trim();
            foreach (var part in inner.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (char.IsLower(part[0]))
                {
                    // "(coordinator of EUSBSR Policy Area Innovation)" describes, it does not name.
                    continue;
                }

                if (part.Length <= 6 && part.All(char.IsUpper))
                {
                    shortName ??= part;
                }
                else
                {
                    alternatives.Add(part);
                }
            }
        }

        // "Valga Town Government / Valga Municipality": the last name is the current one.
        var names = text.Split(" / ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        alternatives.InsertRange(0, names[..^1]);
        return new PartnerName(names[^1], shortName, alternatives);
    }
}
