using System.Globalization;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Core.Text;

namespace GoSmart.Graph.Core.Import;

/// <summary>
/// Turns the seed folder (CORDIS extract + curated GoSmart files, see <c>seed/README.md</c>) into
/// one <see cref="GraphBatch"/>. Pure and deterministic: the same folder gives the same batch,
/// in file order. Unusable rows are skipped and reported, never fatal.
/// </summary>
public static class SeedReader
{
    private const string GoSmartIdPrefix = "actor:gosmart-";

    public static SeedData Read(string seedDirectory)
    {
        ArgumentNullException.ThrowIfNull(seedDirectory);
        var gosmart = Path.Combine(seedDirectory, "gosmart");
        var cordis = Path.Combine(seedDirectory, "cordis");
        var skipped = new List<string>();

        var regions = ReadRegions(CsvTable.FromFile(Path.Combine(gosmart, "regions.csv")), skipped);
        var regionIds = regions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var (domains, rules) = ReadDomains(CsvTable.FromFile(Path.Combine(gosmart, "s3_domains.csv")), skipped);
        var domainIds = domains.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var priorities = ReadRegionPriorities(CsvTable.FromFile(Path.Combine(gosmart, "region_priorities.csv")), regionIds, domainIds, skipped);

        var cityFile = Path.Combine(gosmart, "city_regions.csv");
        var cities = File.Exists(cityFile) ? CityRegions.Read(CsvTable.FromFile(cityFile), regionIds, skipped) : new CityRegions();

        var actors = new ActorTable();
        ReadOrganisations(CsvTable.FromFile(Path.Combine(cordis, "organisations.csv")), regionIds, cities, actors, skipped);
        MergePartners(CsvTable.FromFile(Path.Combine(gosmart, "partners.csv")), regionIds, actors, skipped);

        var projects = ReadProjects(CsvTable.FromFile(Path.Combine(cordis, "projects.csv")), new DomainMapper(rules), skipped);
        var projectIds = projects.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var participations = ReadParticipations(CsvTable.FromFile(Path.Combine(cordis, "participations.csv")), actors.Contains, projectIds.Contains, skipped);

        var batch = new GraphBatch
        {
            Regions = regions,
            Domains = domains,
            Actors = actors.InOrder(),
            Projects = projects,
            Participations = participations,
            RegionPriorities = priorities,
        };
        return new SeedData(batch, skipped);
    }

    /// <summary>The S3 domains of the seed's taxonomy, with their names and descriptions.</summary>
    public static IReadOnlyList<S3Domain> ReadDomainTaxonomy(string seedDirectory)
    {
        ArgumentNullException.ThrowIfNull(seedDirectory);
        return ReadDomains(CsvTable.FromFile(Path.Combine(seedDirectory, "gosmart", "s3_domains.csv")), []).Domains;
    }

    /// <summary>The project-to-domain rules of the seed's taxonomy.</summary>
    public static IReadOnlyList<DomainRule> ReadDomainRules(string seedDirectory)
    {
        ArgumentNullException.ThrowIfNull(seedDirectory);
        return ReadDomains(CsvTable.FromFile(Path.Combine(seedDirectory, "gosmart", "s3_domains.csv")), []).Rules;
    }

    private static List<Region> ReadRegions(CsvTable table, List<string> skipped)
    {
        var regions = new List<Region>();
        foreach (var row in table.Rows)
        {
            var code = row.Optional("code");
            var name = TextCleaner.Clean(row["name"]);
            var country = row.Optional("country");
            if (code is null || name is null || country is null
                || !Enum.TryParse<RegionLevel>(row["level"], ignoreCase: true, out var level))
            {
                skipped.Add($"regions.csv line {row.Line}: needs code, name, country and a level");
                continue;
            }

            GoSmartRole? role = null;
            if (row.Optional("gosmart_role") is { } roleText)
            {
                if (!Enum.TryParse<GoSmartRole>(roleText, ignoreCase: true, out var parsed))
                {
                    skipped.Add($"regions.csv line {row.Line}: unknown gosmart_role '{roleText}'");
                    continue;
                }

                role = parsed;
            }

            var parent = row.Optional("parent_code");
            regions.Add(new Region(Ids.Region(code), code, name, Countries.Normalise(country), level)
            {
                ParentId = parent is null ? null : Ids.Region(parent),
                GoSmartRole = role,
            });
        }

        return regions;
    }

    private static (List<S3Domain> Domains, List<DomainRule> Rules) ReadDomains(CsvTable table, List<string> skipped)
    {
        var domains = new List<S3Domain>();
        var rules = new List<DomainRule>();
        foreach (var row in table.Rows)
        {
            var slug = row.Optional("id");
            var name = TextCleaner.Clean(row["name"]);
            if (slug is null || name is null)
            {
                skipped.Add($"s3_domains.csv line {row.Line}: needs id and name");
                continue;
            }

            var id = Ids.Domain(slug);
            domains.Add(new S3Domain(id, name) { Description = TextCleaner.Clean(row["description"]) });
            rules.Add(new DomainRule(id, List(row["programme_parts"]), List(row["refines_parts"]), List(row["topic_tokens"])));
        }

        return (domains, rules);
    }

    private static List<RegionPriority> ReadRegionPriorities(
        CsvTable table, HashSet<string> regionIds, HashSet<string> domainIds, List<string> skipped)
    {
        // PRIORITISES is keyed by (region, domain): two priorities of a region on one domain share the tie.
        var wordings = new Dictionary<(string Region, string Domain), List<string>>();
        var order = new List<(string Region, string Domain)>();
        foreach (var row in table.Rows)
        {
            var priority = TextCleaner.Clean(row["priority"]);
            var regions = List(row["region_codes"]).Select(Ids.Region).ToList();
            var domains = List(row["domains"]).Select(Ids.Domain).ToList();
            if (priority is null || regions.Count == 0 || domains.Count == 0
                || !regions.All(regionIds.Contains) || !domains.All(domainIds.Contains))
            {
                skipped.Add($"region_priorities.csv line {row.Line}: needs a priority and known regions and domains");
                continue;
            }

            foreach (var key in regions.SelectMany(r => domains.Select(d => (r, d))))
            {
                if (!wordings.TryGetValue(key, out var list))
                {
                    wordings[key] = list = [];
                    order.Add(key);
                }

                if (!list.Contains(priority, StringComparer.Ordinal))
                {
                    list.Add(priority);
                }
            }
        }

        return [.. order.Select(k => new RegionPriority(k.Region, k.Domain, string.Join("; ", wordings[k])))];
    }

    internal static void ReadOrganisations(CsvTable table, HashSet<string> regionIds, CityRegions cities, ActorTable actors, List<string> skipped)
    {
        foreach (var row in table.Rows)
        {
            var pic = row.Optional("pic");
            var kind = ActorKinds.FromCordisActivityType(row["activity_type"]);
            var countryCode = row.Optional("country");
            if (pic is null || kind is null || countryCode is null)
            {
                skipped.Add($"organisations.csv line {row.Line}: needs pic, a known activity_type and country");
                continue;
            }

            var id = Ids.ActorFromPic(pic);
            if (!InputText.IsSlugId(id, Ids.ActorPrefix))
            {
                skipped.Add($"organisations.csv line {row.Line}: PIC '{InputText.Visible(pic)}' does not make an id (lower-case letters and digits only)");
                continue;
            }

            if (actors.Contains(id))
            {
                skipped.Add($"organisations.csv line {row.Line}: PIC {pic} appears twice");
                continue;
            }

            var country = Countries.Normalise(countryCode);
            var shortName = TextCleaner.Clean(row["short_name"]);
            var city = TextCleaner.Clean(row["city"]) is { } c ? TextCleaner.TitleCaseIfAllCaps(c) : null;
            var name = TextCleaner.Clean(row["name"]);
            var regionId = FirstKnownRegion(
                regionIds, row.Optional("gosmart_region"), NutsTwo(row.Optional("nuts3_2021export")), cities.RegionOf(country, city), country);
            if (regionId is null)
            {
                skipped.Add($"organisations.csv line {row.Line}: country {country} is not a known region");
                continue;
            }

            if (name is null)
            {
                actors.MarkUnnamed(id);
            }

            actors.Add(new Actor(id, name ?? UnnamedName(row["activity_type"], shortName, city, country, pic), kind.Value, country, regionId)
            {
                Pic = pic,
                ShortName = shortName,
                City = city,
            });
        }
    }

    private static void MergePartners(CsvTable table, HashSet<string> regionIds, ActorTable actors, List<string> skipped)
    {
        foreach (var row in table.Rows)
        {
            var organisation = row.Optional("organisation");
            var countryCode = row.Optional("country");
            if (organisation is null || countryCode is null)
            {
                skipped.Add($"partners.csv line {row.Line}: needs organisation and country");
                continue;
            }

            var partner = PartnerName.Parse(organisation);
            var country = Countries.Normalise(countryCode);

            // "PL84/PL841": the most specific code the seed knows as a region.
            var regionId = FirstKnownRegion(regionIds, [.. List(row["nuts_2016_analyst"], '/').Reverse(), country]);
            if (regionId is null)
            {
                skipped.Add($"partners.csv line {row.Line}: neither its NUTS code nor country {country} is in regions.csv");
                continue;
            }

            var city = TextCleaner.Clean(row["city"]);
            var kind = ActorKinds.FromPartnerType(row["type"]);
            var pic = row.Optional("cordis_pic_if_found");

            if (pic is not null && actors.TryGet(Ids.ActorFromPic(pic), out var cordisActor))
            {
                var legalNames = actors.IsUnnamed(cordisActor.Id) ? [] : new[] { cordisActor.Name };
                actors.Replace(cordisActor with
                {
                    Name = partner.Name,
                    Kind = kind ?? cordisActor.Kind,
                    Country = country,
                    RegionId = regionId,
                    City = city ?? cordisActor.City,
                    ShortName = cordisActor.ShortName ?? partner.ShortName,
                    AlternativeNames = Distinct(partner.Name, [.. partner.AlternativeNames, .. legalNames, .. cordisActor.AlternativeNames]),
                });
                continue;
            }

            if (kind is null)
            {
                skipped.Add($"partners.csv line {row.Line}: type '{row["type"]}' is not a known actor kind");
                continue;
            }

            var id = pic is null ? GoSmartIdPrefix + Slug.From(partner.Name) : Ids.ActorFromPic(pic);
            if (!InputText.IsSlugId(id, Ids.ActorPrefix))
            {
                skipped.Add($"partners.csv line {row.Line}: '{InputText.Visible(id)}' is not an id (lower-case letters, digits and single hyphens)");
                continue;
            }

            if (actors.Contains(id))
            {
                skipped.Add($"partners.csv line {row.Line}: {id} appears twice");
                continue;
            }

            actors.Add(new Actor(id, partner.Name, kind.Value, country, regionId)
            {
                Pic = pic,
                ShortName = partner.ShortName,
                City = city,
                AlternativeNames = Distinct(partner.Name, partner.AlternativeNames),
            });
        }
    }

    internal static List<Project> ReadProjects(CsvTable table, DomainMapper mapper, List<string> skipped)
    {
        var projects = new List<Project>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var rcn = row.Optional("rcn");
            if (rcn is null || !seen.Add(rcn))
            {
                skipped.Add($"projects.csv line {row.Line}: missing or repeated rcn");
                continue;
            }

            if (!InputText.IsSlugId(Ids.ProjectFromRcn(rcn), Ids.ProjectPrefix))
            {
                skipped.Add($"projects.csv line {row.Line}: rcn '{InputText.Visible(rcn)}' does not make an id (lower-case letters and digits only)");
                continue;
            }

            if (!TryDate(row["start_date"], out var start) || !TryDate(row["end_date"], out var end))
            {
                skipped.Add($"projects.csv line {row.Line}: rcn {rcn} has a date that is not yyyy-MM-dd");
                continue;
            }

            var parts = row.Optional("h2020_programme_parts");
            var topic = row.Optional("topic_code");
            projects.Add(new Project(Ids.ProjectFromRcn(rcn))
            {
                Acronym = TextCleaner.Clean(row["acronym"]),
                Title = TextCleaner.Clean(row["title"]),
                Programme = parts is null ? null : "H2020 " + parts,
                StartDate = start,
                EndDate = end,
                TopicCode = topic,
                Url = row.Optional("cordis_url"),
                S3DomainIds = mapper.Map(parts, topic),
            });
        }

        return projects;
    }

    internal static List<Participation> ReadParticipations(CsvTable table, Func<string, bool> actorKnown, Func<string, bool> projectKnown, List<string> skipped)
    {
        var participations = new List<Participation>();
        var seen = new HashSet<(string, string)>();
        foreach (var row in table.Rows)
        {
            var actorId = row.Optional("pic") is { } pic ? Ids.ActorFromPic(pic) : null;
            var projectId = row.Optional("rcn") is { } rcn ? Ids.ProjectFromRcn(rcn) : null;
            if (actorId is null || !actorKnown(actorId) || projectId is null || !projectKnown(projectId))
            {
                skipped.Add($"participations.csv line {row.Line}: unknown organisation or project ({row["pic"]}, {row["rcn"]})");
                continue;
            }

            if (!seen.Add((actorId, projectId)))
            {
                skipped.Add($"participations.csv line {row.Line}: {actorId} in {projectId} appears twice");
                continue;
            }

            var contribution = decimal.TryParse(row["ec_contribution"], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
                ? amount
                : (decimal?)null;
            participations.Add(new Participation(actorId, projectId, row.Optional("role")?.ToLowerInvariant() ?? "participant")
            {
                Contribution = contribution,
            });
        }

        return participations;
    }

    /// <summary>
    /// A CORDIS organisation without a name still has to read as something a broker can place:
    /// what it is, where it is, and the PIC that makes it unique and lets one look it up.
    /// </summary>
    internal static string UnnamedName(string activityType, string? shortName, string? city, string country, string pic)
    {
        var what = activityType.Trim().ToUpperInvariant() switch
        {
            "PRC" => "company",
            "HES" => "higher-education institution",
            "REC" => "research organisation",
            "PUB" => "public body",
            _ => "other organisation",
        };
        var where = city is null ? Countries.Name(country) : $"{city}, {Countries.Name(country)}";
        return shortName is null
            ? $"Unnamed {what} in {where} (CORDIS PIC {pic})"
            : $"{shortName} ({what} in {where}, full name not in CORDIS, PIC {pic})";
    }

    private static string? NutsTwo(string? nuts3) => nuts3 is { Length: >= 4 } ? nuts3[..4] : null;

    private static string? FirstKnownRegion(HashSet<string> regionIds, params string?[] codes) =>
        codes.Where(c => c is not null).Select(c => Ids.Region(c!)).FirstOrDefault(regionIds.Contains);

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;

        // The CORDIS extract went through R, which writes a missing value as NA.
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "NA")
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    private static string[] List(string text, char separator = ';') =>
        text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<string> Distinct(string name, IEnumerable<string> alternatives) =>
        [.. alternatives.Where(a => !a.Equals(name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];
}
