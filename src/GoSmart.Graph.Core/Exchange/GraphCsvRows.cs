using System.Globalization;
using GoSmart.Graph.Core.Import;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Core.Exchange;

/// <summary>
/// How model records map to rows of the generic format and back. Parsing checks what one row can
/// show by itself (types, formats, required fields); whether the ids it names exist is the importer's job.
/// Ids and text meet the rules of <see cref="InputText"/>, as the mutations' input does.
/// </summary>
public static class GraphCsvRows
{
    private const string DateFormat = "yyyy-MM-dd";

    // Free text that may run over several lines; every other column is one line.
    private static readonly string[] MultiLineColumns = ["description", "evidence"];

    private static readonly string[] EdgeTypes =
        [GraphCsvFormat.CollaboratesWith, GraphCsvFormat.ParticipatesIn, GraphCsvFormat.ActiveIn, GraphCsvFormat.MemberOf, GraphCsvFormat.Prioritises];

    public static string?[] Node(Region r) => NodeRow(
        r.Id, GraphCsvFormat.Region, r.Name,
        country: r.Country, code: r.Code, level: r.Level.ToString().ToLowerInvariant(), parent: r.ParentId,
        gosmartRole: r.GoSmartRole?.ToString().ToLowerInvariant());

    public static string?[] Node(S3Domain d) => NodeRow(d.Id, GraphCsvFormat.Domain, d.Name, description: d.Description);

    public static string?[] Node(Actor a) => NodeRow(
        a.Id, GraphCsvFormat.Actor, a.Name,
        kind: a.Kind.ToString().ToLowerInvariant(), country: a.Country, region: a.RegionId, city: a.City,
        sme: a.Sme is { } sme ? (sme ? "true" : "false") : null, website: a.Website, pic: a.Pic, shortName: a.ShortName,
        altNames: a.AlternativeNames.Count == 0 ? null : string.Join(GraphCsvFormat.ListSeparator, a.AlternativeNames));

    public static string?[] Node(Project p) => NodeRow(
        p.Id, GraphCsvFormat.Project, p.Title,
        acronym: p.Acronym, programme: p.Programme, startDate: Date(p.StartDate), endDate: Date(p.EndDate), topicCode: p.TopicCode, url: p.Url,
        domains: p.S3DomainIds.Count == 0 ? null : string.Join(GraphCsvFormat.ListSeparator, p.S3DomainIds));

    public static string?[] Edge(Participation p) => EdgeRow(
        p.ActorId, p.ProjectId, GraphCsvFormat.ParticipatesIn, role: p.Role, contribution: p.Contribution?.ToString(CultureInfo.InvariantCulture));

    public static string?[] Edge(DeclaredCollaboration c) => EdgeRow(
        c.ActorId, c.OtherActorId, GraphCsvFormat.CollaboratesWith, firstYear: Year(c.FirstYear), lastYear: Year(c.LastYear), evidence: c.Evidence);

    public static string?[] Edge(Membership m) => EdgeRow(m.MemberId, m.ClusterId, GraphCsvFormat.MemberOf);

    public static string?[] Edge(ActorDomain d) => EdgeRow(d.ActorId, d.DomainId, GraphCsvFormat.ActiveIn);

    public static string?[] Edge(RegionPriority r) => EdgeRow(r.RegionId, r.DomainId, GraphCsvFormat.Prioritises, priority: r.Priority);

    /// <summary>Parses one node row; <paramref name="error"/> says what is wrong when it returns null.</summary>
    /// <param name="printableAscii">The row is known to be printable ASCII: its text needs no check for forbidden characters.</param>
    public static object? ParseNode(Func<string, string> field, out string? error, bool printableAscii = false)
    {
        ArgumentNullException.ThrowIfNull(field);
        error = null;
        if (!printableAscii && !Clean(field, GraphCsvFormat.NodeColumns, out error))
        {
            return null;
        }

        var id = Id(field("id"));
        var type = field("type").Trim();
        var name = Text(field("name"));
        if (id.Length == 0)
        {
            error = "id is empty";
            return null;
        }

        if (id.Length > InputText.MaxIdLength)
        {
            error = $"id is longer than {InputText.MaxIdLength} characters";
            return null;
        }

        if (name is not null && InputText.Length(name) > InputText.MaxNameLength)
        {
            error = $"name has {InputText.Length(name)} characters; at most {InputText.MaxNameLength} are allowed";
            return null;
        }

        switch (NodeTypeOf(type))
        {
            case NodeType.Actor:
                return ParseActor(id, name, field, out error);
            case NodeType.Region:
                return ParseRegion(id, name, field, out error);
            case NodeType.S3Domain:
                if (!TypedId(id, Ids.DomainPrefix, out error) || !Required(name, "name", out error))
                {
                    return null;
                }

                return new S3Domain(id, name!) { Description = Text(field("description")) };
            case NodeType.Project:
                return ParseProject(id, name, field, out error);
            default:
                error = $"type '{type}' is not one of {GraphCsvFormat.Actor}, {GraphCsvFormat.Region}, {GraphCsvFormat.Domain}, {GraphCsvFormat.Project}";
                return null;
        }
    }

    /// <summary>Parses one edge row into a model relationship; <paramref name="error"/> says what is wrong when it returns null.</summary>
    /// <param name="printableAscii">The row is known to be printable ASCII: its text needs no check for forbidden characters.</param>
    public static object? ParseEdge(Func<string, string> field, out string? error, bool printableAscii = false)
    {
        ArgumentNullException.ThrowIfNull(field);
        error = null;
        if (!printableAscii && !Clean(field, GraphCsvFormat.EdgeColumns, out error))
        {
            return null;
        }

        var source = Id(field("source"));
        var target = Id(field("target"));
        var type = EdgeTypeOf(field("type").Trim());
        if (source.Length == 0 || target.Length == 0)
        {
            error = "source and target are required";
            return null;
        }

        switch (type)
        {
            case GraphCsvFormat.ParticipatesIn:
                if (!Prefixed(source, Ids.ActorPrefix, out error) || !Prefixed(target, Ids.ProjectPrefix, out error))
                {
                    return null;
                }

                decimal? contribution = null;
                if (Text(field("contribution")) is { } amountText)
                {
                    if (!decimal.TryParse(amountText, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var amount)
                        || amount < 0 || amount > InputText.MaxContribution)
                    {
                        error = $"contribution '{Shorten(amountText)}' is not an amount in euro from 0 to {InputText.MaxContribution.ToString("N0", CultureInfo.InvariantCulture)}";
                        return null;
                    }

                    contribution = amount;
                }

                return new Participation(source, target, Text(field("role"))?.ToLowerInvariant() ?? "participant") { Contribution = contribution };
            case GraphCsvFormat.CollaboratesWith:
                if (!Prefixed(source, Ids.ActorPrefix, out error) || !Prefixed(target, Ids.ActorPrefix, out error) || !NotLoop(source, target, out error)
                    || !TryYear(field("first_year"), "first_year", out var first, out error) || !TryYear(field("last_year"), "last_year", out var last, out error))
                {
                    return null;
                }

                if (first > last)
                {
                    error = $"first_year {first} is after last_year {last}";
                    return null;
                }

                return new DeclaredCollaboration(source, target) { FirstYear = first, LastYear = last, Evidence = Text(field("evidence")) };
            case GraphCsvFormat.MemberOf:
                if (!Prefixed(source, Ids.ActorPrefix, out error) || !Prefixed(target, Ids.ActorPrefix, out error) || !NotLoop(source, target, out error))
                {
                    return null;
                }

                return new Membership(source, target);
            case GraphCsvFormat.ActiveIn:
                if (!Prefixed(source, Ids.ActorPrefix, out error) || !Prefixed(target, Ids.DomainPrefix, out error))
                {
                    return null;
                }

                return new ActorDomain(source, target, EdgeSource.Declared, 1);
            case GraphCsvFormat.Prioritises:
                if (!Prefixed(source, Ids.RegionPrefix, out error) || !Prefixed(target, Ids.DomainPrefix, out error))
                {
                    return null;
                }

                var priority = Text(field("priority"));
                if (priority is null)
                {
                    error = "a PRIORITISES edge needs a priority";
                    return null;
                }

                return new RegionPriority(source, target, priority);
            default:
                error = $"type '{type}' is not one of {GraphCsvFormat.ParticipatesIn}, {GraphCsvFormat.CollaboratesWith}, {GraphCsvFormat.MemberOf}, {GraphCsvFormat.ActiveIn}, {GraphCsvFormat.Prioritises}";
                return null;
        }
    }

    /// <summary>The type's constant whatever its case (no new string per row), or the text upper-cased when it is none.</summary>
    private static string EdgeTypeOf(string type)
    {
        foreach (var known in EdgeTypes)
        {
            if (string.Equals(type, known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return type.ToUpperInvariant();
    }

    public static NodeType? NodeTypeOf(string type) => type.ToUpperInvariant() switch
    {
        "ACTOR" => NodeType.Actor,
        "REGION" => NodeType.Region,
        "S3DOMAIN" or "DOMAIN" => NodeType.S3Domain,
        "PROJECT" => NodeType.Project,
        _ => null,
    };

    private static Actor? ParseActor(string id, string? name, Func<string, string> field, out string? error)
    {
        if (!SlugId(id, Ids.ActorPrefix, out error) || !Required(name, "name", out error))
        {
            return null;
        }

        var kindText = field("kind").Trim();
        if (!Enum.TryParse<ActorKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
        {
            error = $"kind '{kindText}' is not one of company, research, authority, intermediary";
            return null;
        }

        if (!TryCountry(field("country"), out var country, out error))
        {
            return null;
        }

        var region = field("region").Trim();
        if (!Prefixed(region, Ids.RegionPrefix, out error))
        {
            error = "region " + error;
            return null;
        }

        bool? sme = null;
        if (Text(field("sme")) is { } smeText)
        {
            if (!bool.TryParse(smeText, out var parsed))
            {
                error = $"sme '{smeText}' is not true, false or empty";
                return null;
            }

            sme = parsed;
        }

        return new Actor(id, name!, kind, country!, region)
        {
            City = Text(field("city")),
            Sme = sme,
            Website = Text(field("website")),
            Pic = Text(field("pic")),
            ShortName = Text(field("short_name")),
            AlternativeNames = List(field("alt_names")),
        };
    }

    private static Region? ParseRegion(string id, string? name, Func<string, string> field, out string? error)
    {
        if (!TypedId(id, Ids.RegionPrefix, out error) || !Required(name, "name", out error) || !TryCountry(field("country"), out var country, out error))
        {
            return null;
        }

        var levelText = field("level").Trim();
        if (!Enum.TryParse<RegionLevel>(levelText, ignoreCase: true, out var level) || !Enum.IsDefined(level) || int.TryParse(levelText, out _))
        {
            error = $"level '{levelText}' is not one of country, nuts1, nuts2, nuts3";
            return null;
        }

        GoSmartRole? role = null;
        if (Text(field("gosmart_role")) is { } roleText)
        {
            if (!Enum.TryParse<GoSmartRole>(roleText, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(roleText, out _))
            {
                error = $"gosmart_role '{roleText}' is not learning, advanced or empty";
                return null;
            }

            role = parsed;
        }

        var parent = Text(field("parent"));
        if (parent is not null && !Prefixed(parent, Ids.RegionPrefix, out error))
        {
            error = "parent " + error;
            return null;
        }

        return new Region(id, Text(field("code")) ?? id[Ids.RegionPrefix.Length..], name!, country!, level) { ParentId = parent, GoSmartRole = role };
    }

    private static Project? ParseProject(string id, string? name, Func<string, string> field, out string? error)
    {
        if (!SlugId(id, Ids.ProjectPrefix, out error)
            || !TryDate(field("start_date"), "start_date", out var start, out error)
            || !TryDate(field("end_date"), "end_date", out var end, out error))
        {
            return null;
        }

        if (start is not null && end is not null && end < start)
        {
            error = $"end_date {Date(end)} is before start_date {Date(start)}";
            return null;
        }

        var domains = List(field("domains"));
        if (domains.FirstOrDefault(d => !d.StartsWith(Ids.DomainPrefix, StringComparison.Ordinal)) is { } bad)
        {
            error = $"domain '{bad}' does not start with '{Ids.DomainPrefix}'";
            return null;
        }

        return new Project(id)
        {
            Title = name,
            Acronym = Text(field("acronym")),
            Programme = Text(field("programme")),
            StartDate = start,
            EndDate = end,
            TopicCode = Text(field("topic_code")),
            Url = Text(field("url")),
            S3DomainIds = [.. domains.Distinct(StringComparer.Ordinal)],
        };
    }

    private static string?[] NodeRow(
        string id, string type, string? name, string? kind = null, string? country = null, string? region = null, string? city = null,
        string? sme = null, string? website = null, string? pic = null, string? shortName = null, string? altNames = null, string? code = null,
        string? level = null, string? parent = null, string? gosmartRole = null, string? description = null, string? acronym = null,
        string? programme = null, string? startDate = null, string? endDate = null, string? topicCode = null, string? url = null, string? domains = null) =>
        [id, type, name, kind, country, region, city, sme, website, pic, shortName, altNames, code, level, parent, gosmartRole, description,
         acronym, programme, startDate, endDate, topicCode, url, domains];

    private static string?[] EdgeRow(
        string source, string target, string type, string? role = null, string? contribution = null, string? firstYear = null,
        string? lastYear = null, string? evidence = null, string? priority = null) =>
        [source, target, type, role, contribution, firstYear, lastYear, evidence, priority];

    private static string? Text(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static List<string> List(string value) =>
        [.. value.Split(GraphCsvFormat.ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static bool Prefixed(string id, string prefix, out string? error)
    {
        error = id.StartsWith(prefix, StringComparison.Ordinal) && id.Length > prefix.Length && id.Length <= 200
            ? null
            : $"'{Shorten(id)}' is not an id of the form {prefix}<key> (at most 200 characters)";
        return error is null;
    }

    /// <summary>Every column of the row without the characters <see cref="InputText.FindForbidden"/> refuses.</summary>
    private static bool Clean(Func<string, string> field, IReadOnlyList<string> columns, out string? error)
    {
        foreach (var column in columns)
        {
            var value = column is "id" or "source" or "target" ? Id(field(column)) : field(column).Trim();
            if (InputText.FindForbidden(value, MultiLineColumns.Contains(column)) is { } forbidden)
            {
                error = $"{column} contains {forbidden}; text may not hold control, line-separator, bidirectional or other invisible format characters";
                return false;
            }
        }

        error = null;
        return true;
    }

    /// <summary>An id as written, but for the spaces that pad CSV fields: anything else around it makes it another (refused) id.</summary>
    private static string Id(string value) => value.Trim(' ');

    private static bool SlugId(string id, string prefix, out string? error)
    {
        error = InputText.IsSlugId(id, prefix)
            ? null
            : $"'{Shorten(id)}' is not an id of the form {prefix}<key>: lower-case letters, digits and single hyphens, at most {InputText.MaxSlugIdLength} characters in all";
        return error is null;
    }

    private static bool TypedId(string id, string prefix, out string? error)
    {
        error = InputText.IsTypedId(id, prefix)
            ? null
            : $"'{Shorten(id)}' is not an id of the form {prefix}<key> without white space (at most {InputText.MaxIdLength} characters)";
        return error is null;
    }

    private static bool Required(string? value, string column, out string? error)
    {
        error = value is null ? $"{column} is empty" : null;
        return error is null;
    }

    private static bool NotLoop(string source, string target, out string? error)
    {
        error = string.Equals(source, target, StringComparison.Ordinal) ? $"{source} cannot be tied to itself" : null;
        return error is null;
    }

    private static bool TryCountry(string value, out string? country, out string? error)
    {
        var text = value.Trim();
        country = text.Length == 2 && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]) ? Countries.Normalise(text) : null;
        error = country is null ? $"country '{text}' is not a two-letter code" : null;
        return error is null;
    }

    private static bool TryYear(string value, string column, out int? year, out string? error)
    {
        year = null;
        error = null;
        var text = value.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= InputText.FirstYear && parsed <= InputText.LastYear)
        {
            year = parsed;
            return true;
        }

        error = $"{column} '{Shorten(text)}' is not a year from {InputText.FirstYear} to {InputText.LastYear}";
        return false;
    }

    private static bool TryDate(string value, string column, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        var text = value.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            if (parsed.Year < InputText.FirstYear || parsed.Year > InputText.LastYear)
            {
                error = $"{column} {text} is not in a year from {InputText.FirstYear} to {InputText.LastYear}";
                return false;
            }

            date = parsed;
            return true;
        }

        error = $"{column} '{text}' is not a date yyyy-MM-dd";
        return false;
    }

    private static string? Date(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string? Year(int? year) => year?.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text) => InputText.Visible(text);
}
