using GoSmart.Graph.Core.Analysis;
using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Analysis;

public sealed class ActorFilterMatcherTests
{
    private static readonly Actor But = new("actor:but", "Politechnika Białostocka", ActorKind.Research, "PL", "region:PL84") { AlternativeNames = ["Bialystok University of Technology"], Sme = null };

    private static bool Matches(ActorFilter filter, params string[] domains) => new ActorFilterMatcher(filter, AnalysisGraphs.Regions()).Matches(But, domains);

    [Fact]
    public void Matches_names_folded_in_the_name_or_an_alternative_name()
    {
        Assert.True(Matches(new ActorFilter { NameContains = "BIAŁOST" }));
        Assert.True(Matches(new ActorFilter { NameContains = "university of" }));
        Assert.False(Matches(new ActorFilter { NameContains = "hamburg" }));
    }

    [Fact]
    public void Matching_keeps_the_matching_items_and_stops_when_cancelled()
    {
        var matcher = new ActorFilterMatcher(new ActorFilter { Or = [new() { NameContains = "hamburg" }, new() { NameContains = "university of" }] }, AnalysisGraphs.Regions());
        Actor?[] actors = [But, null, But with { Id = "actor:other", Name = "Other", AlternativeNames = [] }];
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var kept = matcher.Matching(Enumerable.Range(0, actors.Length), i => (actors[i], []), CancellationToken.None).ToArray();

        Assert.Equal([0], kept);
        Assert.Throws<OperationCanceledException>(() => matcher.Matching(Enumerable.Range(0, 1_000_000), i => (But, []), cancelled.Token).ToArray());
    }

    [Fact]
    public void Matches_a_region_with_the_regions_inside_it()
    {
        Assert.True(Matches(new ActorFilter { RegionIds = ["region:PL"] }));
        Assert.False(Matches(new ActorFilter { RegionIds = ["region:DE"] }));
    }

    [Fact]
    public void Matches_an_empty_list_matches_nothing_and_an_absent_one_everything()
    {
        Assert.False(Matches(new ActorFilter { Kinds = [] }));
        Assert.True(Matches(new ActorFilter()));
    }

    [Fact]
    public void Matches_and_or_domains_kinds_countries_sme()
    {
        Assert.True(Matches(new ActorFilter { Or = [new ActorFilter { Countries = ["DE"] }, new ActorFilter { S3DomainIds = ["domain:ict"] }] }, "domain:ict"));
        Assert.False(Matches(new ActorFilter { And = [new ActorFilter { Kinds = [ActorKind.Research] }, new ActorFilter { Sme = true }] }));
        Assert.True(Matches(new ActorFilter { Kinds = [ActorKind.Research], Countries = ["PL"], S3DomainIds = ["domain:agri-food"] }, "domain:agri-food"));
    }
}
