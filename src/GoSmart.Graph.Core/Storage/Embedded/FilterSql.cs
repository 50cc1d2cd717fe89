using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>Turns filters into SQL conditions over <c>actors a</c> and <c>projects p</c>; every value is a parameter.</summary>
internal static class FilterSql
{
    /// <summary>An empty list matches nothing ("any of none"); an absent one does not constrain.</summary>
    private const string Nothing = "0 = 1";

    public static string Actors(ActorFilter? filter, IReadOnlyDictionary<string, Region> regions, SqlParameters ps)
    {
        if (filter is null)
        {
            return "1 = 1";
        }

        var terms = new List<string>();
        if (filter.Kinds is { } kinds)
        {
            terms.Add(kinds.Count == 0 ? Nothing : $"a.kind IN (SELECT value FROM json_each({ps.AddList(kinds.Select(k => (int)k))}))");
        }

        if (filter.Countries is { } countries)
        {
            terms.Add(countries.Count == 0 ? Nothing : $"a.country IN (SELECT value FROM json_each({ps.AddList(countries.Select(c => c.ToUpperInvariant()))}))");
        }

        if (filter.RegionIds is { } regionIds)
        {
            terms.Add(regionIds.Count == 0 ? Nothing : $"a.region_id IN (SELECT value FROM json_each({ps.AddList(WithDescendants(regionIds, regions))}))");
        }

        if (filter.S3DomainIds is { Count: 0 })
        {
            terms.Add(Nothing);
        }
        else if (filter.S3DomainIds is { } domainIds)
        {
            var list = ps.AddList(domainIds);
            terms.Add(
                $"(EXISTS (SELECT 1 FROM derived_domains d WHERE d.actor_id = a.id AND d.domain_id IN (SELECT value FROM json_each({list})))"
                + $" OR EXISTS (SELECT 1 FROM declared_domains d WHERE d.actor_id = a.id AND d.domain_id IN (SELECT value FROM json_each({list}))))");
        }

        if (!string.IsNullOrWhiteSpace(filter.NameContains))
        {
            var pattern = ps.Add("%" + EscapeLike(TextFold.Fold(filter.NameContains.Trim())) + "%");
            terms.Add($"(a.name_folded LIKE {pattern} ESCAPE '\\' OR a.alt_folded LIKE {pattern} ESCAPE '\\')");
        }

        if (filter.Sme is { } sme)
        {
            terms.Add($"a.sme = {ps.Add(sme ? 1 : 0)}");
        }

        foreach (var sub in filter.And ?? [])
        {
            terms.Add("(" + Actors(sub, regions, ps) + ")");
        }

        if (filter.Or is { } or)
        {
            terms.Add(or.Count == 0 ? Nothing : "(" + string.Join(" OR ", or.Select(sub => "(" + Actors(sub, regions, ps) + ")")) + ")");
        }

        return terms.Count == 0 ? "1 = 1" : string.Join(" AND ", terms);
    }

    public static string Projects(ProjectFilter? filter, SqlParameters ps)
    {
        if (filter is null)
        {
            return "1 = 1";
        }

        var terms = new List<string>();
        if (!string.IsNullOrWhiteSpace(filter.TextContains))
        {
            terms.Add($"p.text_folded LIKE {ps.Add("%" + EscapeLike(TextFold.Fold(filter.TextContains.Trim())) + "%")} ESCAPE '\\'");
        }

        if (filter.ProgrammeParts is { } parts)
        {
            terms.Add(parts.Count == 0 ? Nothing : "(" + string.Join(" OR ", parts.Select(part =>
                $"instr(p.programme_parts, {ps.Add(";" + part.Trim().ToUpperInvariant() + ";")}) > 0")) + ")");
        }

        if (filter.S3DomainIds is { } domainIds)
        {
            terms.Add(domainIds.Count == 0 ? Nothing : $"EXISTS (SELECT 1 FROM project_domains d WHERE d.project_id = p.id AND d.domain_id IN (SELECT value FROM json_each({ps.AddList(domainIds)})))");
        }

        if (filter.StartYearFrom is { } from)
        {
            terms.Add($"p.start_year >= {ps.Add(from)}");
        }

        if (filter.StartYearTo is { } to)
        {
            terms.Add($"p.start_year <= {ps.Add(to)}");
        }

        if (filter.ParticipantCountries is { } countries)
        {
            terms.Add(countries.Count == 0 ? Nothing :
                "EXISTS (SELECT 1 FROM participations x JOIN actors xa ON xa.id = x.actor_id WHERE x.project_id = p.id"
                + $" AND xa.country IN (SELECT value FROM json_each({ps.AddList(countries.Select(c => c.ToUpperInvariant()))})))");
        }

        return terms.Count == 0 ? "1 = 1" : string.Join(" AND ", terms);
    }

    /// <summary>The programme's parts as <c>;PART;PART;</c> so a part matches whole, e.g. "H2020 SC2;LEIT".</summary>
    public static string ProgrammeParts(string? programme) =>
        programme is null
            ? ";"
            : ";" + string.Join(';', programme.Split([' ', ';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p.ToUpperInvariant())) + ";";

    private static HashSet<string> WithDescendants(IEnumerable<string> regionIds, IReadOnlyDictionary<string, Region> regions)
    {
        var children = regions.Values
            .Where(r => r.ParentId is not null)
            .ToLookup(r => r.ParentId!, r => r.Id, StringComparer.Ordinal);
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(regionIds);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (result.Add(id))
            {
                foreach (var child in children[id])
                {
                    pending.Push(child);
                }
            }
        }

        return result;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
