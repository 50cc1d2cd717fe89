using System.Globalization;
using System.Text.Json;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Text;
using Microsoft.Data.Sqlite;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>How model records map to rows and back.</summary>
internal static class SqlRows
{
    public const string ActorColumns = "a.id, a.name, a.kind, a.country, a.region_id, a.alt_names, a.short_name, a.sme, a.city, a.website, a.pic";

    public const int ActorColumnCount = 11;

    public const string ProjectColumns = "p.id, p.acronym, p.title, p.programme, p.start_date, p.end_date, p.topic_code, p.url, p.s3_domain_ids";

    public const int ProjectColumnCount = 9;

    private const string DateFormat = "yyyy-MM-dd";

    public static Actor ReadActor(SqliteDataReader r, int at = 0) =>
        new(r.GetString(at), r.GetString(at + 1), (ActorKind)r.GetInt32(at + 2), r.GetString(at + 3), r.GetString(at + 4))
        {
            AlternativeNames = JsonSerializer.Deserialize<string[]>(r.GetString(at + 5)) ?? [],
            ShortName = NullableString(r, at + 6),
            Sme = r.IsDBNull(at + 7) ? null : r.GetInt64(at + 7) != 0,
            City = NullableString(r, at + 8),
            Website = NullableString(r, at + 9),
            Pic = NullableString(r, at + 10),
        };

    public static Project ReadProject(SqliteDataReader r, int at = 0) =>
        new(r.GetString(at))
        {
            Acronym = NullableString(r, at + 1),
            Title = NullableString(r, at + 2),
            Programme = NullableString(r, at + 3),
            StartDate = ParseDate(NullableString(r, at + 4)),
            EndDate = ParseDate(NullableString(r, at + 5)),
            TopicCode = NullableString(r, at + 6),
            Url = NullableString(r, at + 7),
            S3DomainIds = JsonSerializer.Deserialize<string[]>(r.GetString(at + 8)) ?? [],
        };

    public static Participation ReadParticipation(SqliteDataReader r, int at = 0) =>
        new(r.GetString(at), r.GetString(at + 1), r.GetString(at + 2))
        {
            Contribution = r.IsDBNull(at + 3) ? null : decimal.Parse(r.GetString(at + 3), CultureInfo.InvariantCulture),
        };

    public static Region ReadRegion(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), (RegionLevel)r.GetInt32(4))
        {
            ParentId = NullableString(r, 5),
            GoSmartRole = r.IsDBNull(6) ? null : (GoSmartRole)r.GetInt32(6),
        };

    public static string FormatDate(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? string.Empty;

    public static string? FormatContribution(decimal? contribution) => contribution?.ToString(CultureInfo.InvariantCulture);

    /// <summary>The folded words of a name joined by single spaces: what exact and prefix search compare.</summary>
    public static string NameKey(string? name) => name is null ? string.Empty : string.Join(' ', TextFold.Words(name));

    public static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? ParseDate(string? text) =>
        string.IsNullOrEmpty(text) ? null : DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);
}
