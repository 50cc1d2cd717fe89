using System.Text.RegularExpressions;

namespace GoSmart.Graph.Core.Import;

/// <summary>
/// Maps an H2020 project onto S3 domains: every domain its topic code names, plus the default
/// domains of each programme part whose family the topic did not already name.
/// </summary>
/// <remarks>
/// The topic is the precise signal (an SC2 project on topic <c>BG-…</c> is blue growth, not
/// agri-food); the part is the fallback for the half of the projects that have no topic. Parts
/// with no rule (generic LEIT, Innovation in SMEs, SEWP, SWAFS) give no domain rather than a guess.
/// </remarks>
public sealed partial class DomainMapper
{
    private readonly IReadOnlyList<DomainRule> _rules;

    public DomainMapper(IReadOnlyList<DomainRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
    }

    /// <summary>The domain ids, in taxonomy order.</summary>
    public IReadOnlyList<string> Map(string? programmeParts, string? topicCode)
    {
        var parts = Split(programmeParts, ';');
        var tokens = TopicTokens(topicCode);
        var fromTopic = _rules
            .Where(r => tokens.Any(t => r.TopicTokens.Any(k => TokenMatches(t, k))))
            .Select(r => r.DomainId)
            .ToHashSet(StringComparer.Ordinal);

        var chosen = new HashSet<string>(fromTopic, StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var family = _rules.Where(r => Contains(r.ProgrammeParts, part) || Contains(r.RefinesParts, part)).Select(r => r.DomainId);
            if (family.Any(fromTopic.Contains))
            {
                continue;
            }

            chosen.UnionWith(_rules.Where(r => Contains(r.ProgrammeParts, part)).Select(r => r.DomainId));
        }

        return [.. _rules.Select(r => r.DomainId).Where(chosen.Contains)];
    }

    /// <summary>The upper-cased segments of a topic code: <c>LC-SC3-RES-1-2019</c> → LC, SC3, RES, 1, 2019.</summary>
    internal static IReadOnlyList<string> TopicTokens(string? topicCode) =>
        [.. Split(topicCode?.ToUpperInvariant(), '-', '_', '.', ' ', '/')];

    // A key names a segment exactly or followed by a call number: DRS matches DRS02, EE matches
    // EE-07's "EE" but not EEN (the Enterprise Europe Network).
    private static bool TokenMatches(string token, string key) =>
        token.Equals(key, StringComparison.OrdinalIgnoreCase)
        || (token.StartsWith(key, StringComparison.OrdinalIgnoreCase) && CallNumber().IsMatch(token.AsSpan(key.Length)));

    private static bool Contains(IReadOnlyList<string> values, string value) =>
        values.Any(v => v.Equals(value, StringComparison.OrdinalIgnoreCase));

    private static string[] Split(string? text, params char[] separators) =>
        text?.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    [GeneratedRegex(@"^[0-9]+[A-Z]?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallNumber();
}
