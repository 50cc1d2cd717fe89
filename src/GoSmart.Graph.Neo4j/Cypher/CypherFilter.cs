using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Neo4j.Cypher;

/// <summary>Turns filters into Cypher conditions over <c>a</c> (an actor) and <c>p</c> (a project); values are parameters only.</summary>
internal static class CypherFilter
{
    /// <summary>An empty list matches nothing ("any of none"); an absent one does not constrain.</summary>
    private const string Nothing = "false";

    public static string Actors(ActorFilter? filter, IReadOnlyDictionary<string, Region> regions, CypherParameters ps)
    {
        if (filter is null)
        {
            return "true";
        }

        var terms = new List<string>();
        if (filter.Kinds is { } kinds)
        {
            terms.Add(kinds.Count == 0 ? Nothing : $"a.kind IN {ps.Add(kinds.Select(k => k.ToString()).ToArray())}");
        }

        if (filter.Countries is { } countries)
        {
            terms.Add(countries.Count == 0 ? Nothing : $"a.country IN {ps.Add(countries.Select(c => c.ToUpperInvariant()).ToArray())}");
        }

        if (filter.RegionIds is { } regionIds)
        {
            terms.Add(regionIds.Count == 0 ? Nothing : $"a.regionId IN {ps.Add(WithDescendants(regionIds, regions).Order(StringComparer.Ordinal).ToArray())}");
        }

        if (filter.S3DomainIds is { } domainIds)
        {
            terms.Add(domainIds.Count == 0 ? Nothing : $"any(d IN a.domainIds WHERE d IN {ps.Add(domainIds.ToArray())})");
        }

        if (!string.IsNullOrWhiteSpace(filter.NameContains))
        {
            terms.Add($"any(n IN a.namesFolded WHERE n CONTAINS {ps.Add(TextFold.Fold(filter.NameContains.Trim()))})");
        }

        if (filter.Sme is { } sme)
        {
            terms.Add($"a.sme = {ps.Add(sme)}");
        }

        foreach (var sub in filter.And ?? [])
        {
            terms.Add("(" + Actors(sub, regions, ps) + ")");
        }

        if (filter.Or is { } or)
        {
            terms.Add(or.Count == 0 ? Nothing : "(" + string.Join(" OR ", or.Select(sub => "(" + Actors(sub, regions, ps) + ")")) + ")");
        }

        return terms.Count == 0 ? "true" : string.Join(" AND ", terms);
    }

    public static string Projects(ProjectFilter? filter, CypherParameters ps)
    {
        if (filter is null)
        {
            return "true";
        }

        var terms = new List<string>();
        if (!string.IsNullOrWhiteSpace(filter.TextContains))
        {
            terms.Add($"p.textFolded CONTAINS {ps.Add(TextFold.Fold(filter.TextContains.Trim()))}");
        }

        if (filter.ProgrammeParts is { } parts)
        {
            terms.Add(parts.Count == 0 ? Nothing : $"any(x IN p.programmeParts WHERE x IN {ps.Add(parts.Select(part => part.Trim().ToUpperInvariant()).ToArray())})");
        }

        if (filter.S3DomainIds is { } domainIds)
        {
            terms.Add(domainIds.Count == 0 ? Nothing : $"any(d IN p.s3DomainIds WHERE d IN {ps.Add(domainIds.ToArray())})");
        }

        if (filter.StartYearFrom is { } from)
        {
            terms.Add($"p.startYear >= {ps.Add(from)}");
        }

        if (filter.StartYearTo is { } to)
        {
            terms.Add($"p.startYear <= {ps.Add(to)}");
        }

        if (filter.ParticipantCountries is { } countries)
        {
            terms.Add(countries.Count == 0 ? Nothing : $"any(c IN p.participantCountries WHERE c IN {ps.Add(countries.Select(c => c.ToUpperInvariant()).ToArray())})");
        }

        return terms.Count == 0 ? "true" : string.Join(" AND ", terms);
    }

    /// <summary>The programme's parts, e.g. <c>H2020 SC2;LEIT</c> gives H2020, SC2, LEIT (upper case), so a part matches whole.</summary>
    public static string[] ProgrammeParts(string? programme) =>
        programme is null
            ? []
            : [.. programme.Split([' ', ';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToUpperInvariant())];

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
}
