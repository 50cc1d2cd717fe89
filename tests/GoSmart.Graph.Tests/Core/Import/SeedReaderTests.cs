using GoSmart.Graph.Core.Import;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Import;

public sealed class SeedReaderTests
{
    private static readonly Lazy<SeedData> Seed = new(() => SeedReader.Read(RepoPaths.Seed));

    private static GraphBatch Batch => Seed.Value.Batch;

    [Fact]
    public void Read_real_seed_has_the_known_cordis_counts()
    {
        var batch = Batch;

        Assert.Equal(6_730 + 7, batch.Actors.Count);
        Assert.Equal(6_730, batch.Actors.Count(a => a.Pic is not null));
        Assert.Equal(11_573, batch.Projects.Count);
        Assert.Equal(27_677, batch.Participations.Count);
        Assert.Empty(Seed.Value.SkippedRows);
    }

    [Fact]
    public void Read_real_seed_co_participation_gives_the_known_pairs()
    {
        var country = Batch.Actors.ToDictionary(a => a.Id, a => a.Country);
        var pairs = new HashSet<(string, string)>();
        foreach (var project in Batch.Participations.GroupBy(p => p.ProjectId))
        {
            var members = project.Select(p => p.ActorId).Distinct().Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < members.Length; i++)
            {
                for (var j = i + 1; j < members.Length; j++)
                {
                    pairs.Add((members[i], members[j]));
                }
            }
        }

        var crossBorder = pairs.Count(p => country[p.Item1] != country[p.Item2]);

        Assert.Equal(36_612, pairs.Count);
        Assert.Equal(16_792, crossBorder);
    }

    [Fact]
    public void Read_lead_partner_is_merged_into_its_cordis_organisation()
    {
        var actor = Batch.Actors.Single(a => a.Id == "actor:pic-999889193");

        Assert.Equal("Bialystok University of Technology", actor.Name);
        Assert.Equal(ActorKind.Research, actor.Kind);
        Assert.Equal("PL", actor.Country);
        Assert.Equal("region:PL84", actor.RegionId);
        Assert.Equal("999889193", actor.Pic);
        Assert.Equal("Bialystok", actor.City);
        Assert.Contains("POLITECHNIKA BIALOSTOCKA", actor.AlternativeNames);
        Assert.Contains("Politechnika Bialostocka", actor.AlternativeNames);
    }

    [Theory]
    [InlineData("actor:pic-999456476", "Public Institution Lithuanian Innovation Centre", ActorKind.Intermediary, "region:LT011")]
    [InlineData("actor:pic-986260596", "Vidzeme Planning Region", ActorKind.Authority, "region:LV008")]
    [InlineData("actor:pic-996513690", "Kouvola Innovation Ltd", ActorKind.Intermediary, "region:FI1C4")]
    [InlineData("actor:pic-997298614", "Hamburg Institute of International Economics", ActorKind.Research, "region:DE60")]
    [InlineData("actor:pic-999602073", "Region of Southern Denmark", ActorKind.Authority, "region:DK03")]
    [InlineData("actor:gosmart-valga-municipality", "Valga Municipality", ActorKind.Authority, "region:EE008")]
    [InlineData("actor:gosmart-business-aabenraa", "Business Aabenraa", ActorKind.Intermediary, "region:DK03")]
    [InlineData("actor:gosmart-marshals-office-of-podlaskie-voivodeship", "Marshal's Office of Podlaskie Voivodeship", ActorKind.Authority, "region:PL84")]
    [InlineData("actor:gosmart-ministry-of-economic-affairs-and-employment", "Ministry of Economic Affairs and Employment", ActorKind.Authority, "region:FI1B")]
    [InlineData("actor:gosmart-the-baltic-institute-of-finland", "The Baltic Institute of Finland", ActorKind.Intermediary, "region:FI19")]
    public void Read_gosmart_partners_have_their_names_kinds_and_regions(string id, string name, ActorKind kind, string regionId)
    {
        var actor = Batch.Actors.Single(a => a.Id == id);

        Assert.Equal((name, kind, regionId), (actor.Name, actor.Kind, actor.RegionId));
    }

    [Theory]
    [InlineData("actor:pic-920894139", "region:DK01")]
    [InlineData("actor:pic-920855048", "region:DK04")]
    [InlineData("actor:pic-920215527", "region:DE21")]
    [InlineData("actor:pic-938231434", "region:DEE0")]
    [InlineData("actor:pic-917878409", "region:PL91")]
    [InlineData("actor:pic-918640538", "region:EE00")]
    public void Read_organisations_known_only_by_city_are_placed_in_its_region(string id, string regionId)
    {
        Assert.Equal(regionId, Batch.Actors.Single(a => a.Id == id).RegionId);
    }

    [Fact]
    public void Read_most_organisations_with_a_city_get_a_region_below_their_country()
    {
        var regions = Batch.Regions.ToDictionary(r => r.Id);
        var withCity = Batch.Actors.Where(a => a.City is not null).ToList();

        var placed = withCity.Count(a => regions[a.RegionId].Level != RegionLevel.Country);

        Assert.True(placed > withCity.Count * 3 / 4, $"{placed} of {withCity.Count} actors with a city are placed below their country");
    }

    [Fact]
    public void Read_no_text_carries_entities_or_mojibake()
    {
        var texts = Batch.Actors.SelectMany(a => new[] { a.Name, a.ShortName, a.City }.Concat(a.AlternativeNames))
            .Concat(Batch.Projects.SelectMany(p => new[] { p.Title, p.Acronym }))
            .OfType<string>()
            .ToList();

        Assert.DoesNotContain(texts, t => t.Contains("&#", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("â€", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("‚Ä", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains('Ã', StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains('≈', StringComparison.Ordinal) || t.Contains('ƒ', StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("  ", StringComparison.Ordinal) || t != t.Trim() || t.Any(char.IsControl));
    }

    [Fact]
    public void Read_every_reference_names_a_node_of_the_batch()
    {
        var regions = Batch.Regions.Select(r => r.Id).ToHashSet();
        var domains = Batch.Domains.Select(d => d.Id).ToHashSet();

        Assert.All(Batch.Actors, a => Assert.Contains(a.RegionId, regions));
        Assert.All(Batch.Regions.Where(r => r.ParentId is not null), r => Assert.Contains(r.ParentId!, regions));
        Assert.All(Batch.RegionPriorities, p => Assert.Contains(p.DomainId, domains));
        Assert.All(Batch.RegionPriorities, p => Assert.Contains(p.RegionId, regions));
        Assert.All(Batch.Projects.SelectMany(p => p.S3DomainIds), d => Assert.Contains(d, domains));
    }

    [Fact]
    public void Read_regions_have_the_gosmart_roles_of_the_project()
    {
        var roles = Batch.Regions.Where(r => r.GoSmartRole is not null).ToDictionary(r => r.Code, r => r.GoSmartRole);

        Assert.Equal(
            new Dictionary<string, GoSmartRole?>
            {
                ["PL84"] = GoSmartRole.Learning,
                ["LT022"] = GoSmartRole.Learning,
                ["LT011"] = GoSmartRole.Learning,
                ["LV008"] = GoSmartRole.Learning,
                ["EE008"] = GoSmartRole.Learning,
                ["DK03"] = GoSmartRole.Advanced,
                ["DE60"] = GoSmartRole.Advanced,
                ["FI1C4"] = GoSmartRole.Advanced,
            },
            roles);
    }

    [Fact]
    public void Read_regions_nest_nuts3_in_nuts2_in_countries()
    {
        var regions = Batch.Regions.ToDictionary(r => r.Code);

        Assert.Equal("region:LT02", regions["LT022"].ParentId);
        Assert.Equal("region:FI1C", regions["FI1C4"].ParentId);
        Assert.Equal("region:PL", regions["PL84"].ParentId);
        Assert.Null(regions["DE"].ParentId);
        Assert.Equal(7, regions.Values.Count(r => r.Level == RegionLevel.Country));
    }

    [Fact]
    public void Read_partner_regions_prioritise_their_strategies_domains()
    {
        var byRegion = Batch.RegionPriorities.ToLookup(p => p.RegionId);

        Assert.Contains(byRegion["region:PL84"], p => p.DomainId == "domain:agri-food" && p.Priority.Contains("Agri-food", StringComparison.Ordinal));
        Assert.Contains(byRegion["region:LT022"], p => p.DomainId == "domain:health-life-sciences");
        Assert.Equal(byRegion["region:LT022"].Select(p => p.DomainId), byRegion["region:LT011"].Select(p => p.DomainId));
        Assert.Contains(byRegion["region:FI1C4"], p => p.DomainId == "domain:transport-logistics");
        Assert.All(Batch.Regions.Where(r => r.GoSmartRole is not null), r => Assert.NotEmpty(byRegion[r.Id]));
        Assert.Equal(Batch.RegionPriorities.Count, Batch.RegionPriorities.Select(p => (p.RegionId, p.DomainId)).Distinct().Count());
    }

    [Fact]
    public void Read_unnamed_organisations_get_distinct_readable_names()
    {
        var unnamed = Batch.Actors.Where(a => a.Name.StartsWith("Unnamed ", StringComparison.Ordinal)).ToList();

        Assert.Equal(2_819, unnamed.Count);
        Assert.Equal(unnamed.Count, unnamed.Select(a => a.Name).Distinct().Count());
        Assert.Contains(unnamed, a => a.Name == "Unnamed company in Germany (CORDIS PIC 888888917)");
        Assert.All(unnamed, a => Assert.Contains(a.Pic!, a.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_projects_carry_cleaned_text_dates_and_domains()
    {
        var project = Batch.Projects.Single(p => p.Id == "project:rcn-193160");

        Assert.Equal("ERA-NET Cofund on Sustainable Crop Production", project.Title);
        Assert.Equal("SusCrop", project.Acronym);
        Assert.Equal("H2020 LEIT", project.Programme);
        Assert.Equal(new DateOnly(2014, 8, 1), project.StartDate);
        Assert.Equal("SFS-19-2016-2017", project.TopicCode);
        Assert.Equal(["domain:agri-food"], project.S3DomainIds);
    }

    [Fact]
    public void Read_bad_rows_are_skipped_and_reported()
    {
        var seed = SeedReader.Read(RepoPaths.Fixture("BadSeed"));
        var batch = seed.Batch;

        Assert.Equal(5, seed.SkippedRows.Count);
        Assert.Equal(["region:PL", "region:PL84", "region:DE", "region:DE60", "region:DK", "region:GR"], batch.Regions.Select(r => r.Id));
        Assert.Equal(["project:rcn-1", "project:rcn-3", "project:rcn-4"], batch.Projects.Select(p => p.Id));
        Assert.Equal((null, null), (batch.Projects[2].StartDate, batch.Projects[2].EndDate));
        Assert.Equal(3, batch.Participations.Count);
        Assert.Equal(1000.5m, batch.Participations[0].Contribution);
        Assert.Equal(new RegionPriority("region:PL84", "domain:agri-food", "Agri-food; Dairy"), Assert.Single(batch.RegionPriorities));
    }

    [Fact]
    public void Read_bad_fixture_text_regions_and_domains_are_resolved()
    {
        var batch = SeedReader.Read(RepoPaths.Fixture("BadSeed")).Batch;
        var actors = batch.Actors.ToDictionary(a => a.Id);

        Assert.Equal(("Hamburg Firma & Co.", "Hamburg", "region:DE60"), (actors["actor:pic-111"].Name, actors["actor:pic-111"].City, actors["actor:pic-111"].RegionId));
        Assert.Equal(("GR", "region:GR"), (actors["actor:pic-222"].Country, actors["actor:pic-222"].RegionId));
        Assert.Equal("Business Aabenraa", actors["actor:gosmart-business-aabenraa"].Name);
        Assert.Equal("region:DK", actors["actor:gosmart-business-aabenraa"].RegionId);
        Assert.Equal("Blue fish, farmed", batch.Projects[0].Title);
        Assert.Equal(["domain:blue-maritime"], batch.Projects[0].S3DomainIds);
        Assert.Equal(["domain:agri-food"], batch.Projects[1].S3DomainIds);
        Assert.Null(batch.Projects[1].Title);
    }

    [Fact]
    public void Summarise_counts_what_the_batch_holds()
    {
        var summary = SeedLoader.Summarise(Seed.Value);

        Assert.Equal(new SeedSummary(78, 15, 6_737, 11_573, 27_677, Batch.RegionPriorities.Count, 0), summary);
    }
}
