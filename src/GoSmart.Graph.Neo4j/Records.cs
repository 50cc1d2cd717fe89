using System.Globalization;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage.Embedded;
using GoSmart.Graph.Core.Text;
using GoSmart.Graph.Neo4j.Cypher;

namespace GoSmart.Graph.Neo4j;

/// <summary>How model records map to node properties and back.</summary>
internal static class Records
{
    private const string DateFormat = "yyyy-MM-dd";

    public static Dictionary<string, object?> ActorRow(Actor a)
    {
        var names = a.AlternativeNames.Select(TextFold.Fold).Prepend(TextFold.Fold(a.Name)).ToArray();
        var tokens = a.AlternativeNames.Append(a.Name).Append(a.ShortName ?? string.Empty)
            .SelectMany(TextFold.Words).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new(StringComparer.Ordinal)
        {
            ["id"] = a.Id,
            ["name"] = a.Name,
            ["kind"] = a.Kind.ToString(),
            ["country"] = a.Country.ToUpperInvariant(),
            ["regionId"] = a.RegionId,
            ["alternativeNames"] = a.AlternativeNames.ToArray(),
            ["alternativeNamesText"] = string.Join('\n', a.AlternativeNames),
            ["shortName"] = a.ShortName,
            ["sme"] = a.Sme,
            ["city"] = a.City,
            ["website"] = a.Website,
            ["pic"] = a.Pic,
            ["nameFolded"] = TextFold.Fold(a.Name),
            ["nameKey"] = SqlRows.NameKey(a.Name),
            ["otherNamesKey"] = OtherNamesKey(a),
            ["namesFolded"] = names,
            ["searchTokens"] = tokens,
        };
    }

    /// <summary>
    /// What <c>actor_search</c> indexes besides the name: our own folded words of the other names, names apart by a tab
    /// (one line, for neo4j-admin CSV), so the index's whitespace analyzer sees exactly our tokens.
    /// </summary>
    public static string OtherNamesKey(Actor a) => string.Join('\t', OtherNames(a).Select(SqlRows.NameKey));

    /// <summary>The short name, then the alternative names: what the embedded store indexes as other names.</summary>
    public static IEnumerable<string> OtherNames(Actor a) => a.ShortName is null ? a.AlternativeNames : a.AlternativeNames.Prepend(a.ShortName);

    public static Actor Actor(IReadOnlyDictionary<string, object?> m) =>
        new(Str(m, "id"), Str(m, "name"), Enum.Parse<ActorKind>(Str(m, "kind")), Str(m, "country"), Str(m, "regionId"))
        {
            AlternativeNames = Strings(m, "alternativeNames"),
            ShortName = Opt(m, "shortName"),
            Sme = m.GetValueOrDefault("sme") as bool?,
            City = Opt(m, "city"),
            Website = Opt(m, "website"),
            Pic = Opt(m, "pic"),
        };

    public static Dictionary<string, object?> ProjectRow(Project p) => new(StringComparer.Ordinal)
    {
        ["id"] = p.Id,
        ["acronym"] = p.Acronym,
        ["title"] = p.Title,
        ["programme"] = p.Programme,
        ["programmeParts"] = CypherFilter.ProgrammeParts(p.Programme),
        ["textFolded"] = TextFold.Fold((p.Acronym ?? string.Empty) + "\n" + (p.Title ?? string.Empty)),
        // Never null, so the sort key orders like the embedded store's (an unknown start sorts last when newest first).
        ["startDate"] = FormatDate(p.StartDate),
        ["endDate"] = p.EndDate is null ? null : FormatDate(p.EndDate),
        ["startYear"] = p.StartYear,
        ["topicCode"] = p.TopicCode,
        ["url"] = p.Url,
        ["s3DomainIds"] = p.S3DomainIds.ToArray(),
    };

    public static Project Project(IReadOnlyDictionary<string, object?> m) => new(Str(m, "id"))
    {
        Acronym = Opt(m, "acronym"),
        Title = Opt(m, "title"),
        Programme = Opt(m, "programme"),
        StartDate = ParseDate(Opt(m, "startDate")),
        EndDate = ParseDate(Opt(m, "endDate")),
        TopicCode = Opt(m, "topicCode"),
        Url = Opt(m, "url"),
        S3DomainIds = Strings(m, "s3DomainIds"),
    };

    public static Dictionary<string, object?> RegionRow(Region r) => new(StringComparer.Ordinal)
    {
        ["id"] = r.Id,
        ["code"] = r.Code,
        ["name"] = r.Name,
        ["country"] = r.Country,
        ["level"] = r.Level.ToString(),
        ["parentId"] = r.ParentId,
        ["gosmartRole"] = r.GoSmartRole?.ToString(),
    };

    public static Region Region(IReadOnlyDictionary<string, object?> m) =>
        new(Str(m, "id"), Str(m, "code"), Str(m, "name"), Str(m, "country"), Enum.Parse<RegionLevel>(Str(m, "level")))
        {
            ParentId = Opt(m, "parentId"),
            GoSmartRole = Opt(m, "gosmartRole") is { } role ? Enum.Parse<GoSmartRole>(role) : null,
        };

    public static S3Domain Domain(IReadOnlyDictionary<string, object?> m) =>
        new(Str(m, "id"), Str(m, "name")) { Description = Opt(m, "description") };

    public static Participation Participation(IReadOnlyDictionary<string, object?> m) =>
        new(Str(m, "actorId"), Str(m, "projectId"), Str(m, "role"))
        {
            Contribution = Opt(m, "contribution") is { } c ? decimal.Parse(c, CultureInfo.InvariantCulture) : null,
        };

    public static string FormatDate(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? string.Empty;

    private static DateOnly? ParseDate(string? text) =>
        string.IsNullOrEmpty(text) ? null : DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    private static string Str(IReadOnlyDictionary<string, object?> m, string key) =>
        m.GetValueOrDefault(key) as string ?? throw new InvalidOperationException($"A stored record lacks '{key}'.");

    private static string? Opt(IReadOnlyDictionary<string, object?> m, string key) => m.GetValueOrDefault(key) as string;

    private static string[] Strings(IReadOnlyDictionary<string, object?> m, string key) =>
        m.GetValueOrDefault(key) is IEnumerable<object?> list ? [.. list.OfType<string>()] : [];
}
