using GoSmart.Graph.Core.Import;
using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Tests.Core.Import;

public sealed class DomainMapperTests
{
    private static readonly Lazy<DomainMapper> SeedMapper = new(() => new DomainMapper(SeedReader.ReadDomainRules(RepoPaths.Seed)));

    [Theory]
    [InlineData("SC2", "BG-01-2016", "domain:blue-maritime")]
    [InlineData("SC2", null, "domain:agri-food domain:bioeconomy")]
    [InlineData("SC2", "SFS-19-2016-2017", "domain:agri-food")]
    [InlineData("LEIT;SC2", "BBI.VC1.R1-2016", "domain:bioeconomy")]
    [InlineData("SC3", "LC-SC3-RES-1-2019", "domain:energy domain:climate-environment")]
    [InlineData("SC3", "EE-07-2016-2017", "domain:energy")]
    [InlineData("Innovation in SMEs", "H2020-EEN-SGA3", "")]
    [InlineData("Innovation in SMEs", "H2020EENSGA3", "")]
    [InlineData("LEIT", null, "")]
    [InlineData("LEIT", "ICT-14-2016-2017", "domain:digital-ict")]
    [InlineData("LEIT", "FOF-01-2016", "domain:advanced-manufacturing")]
    [InlineData("LEIT", "EO-1-2014", "domain:space")]
    [InlineData("SC7", "SU-DRS02-2018-2019-2020", "domain:security")]
    [InlineData("FET", "FETHPC-02-2017", "domain:digital-ict domain:frontier-science")]
    [InlineData("ERC", "ERC-2014-STG", "domain:frontier-science")]
    [InlineData("MSCA", null, "domain:frontier-science")]
    [InlineData("Euratom", "NFRP-2016-2017-1", "domain:energy")]
    [InlineData("Innovation in SMEs;SC4", "IT-1-2014", "domain:transport-logistics")]
    [InlineData("LEIT;SC1", "DT-TDS-01-2019", "domain:health-life-sciences domain:digital-ict")]
    [InlineData("SEWP", "WIDESPREAD-05-2017", "")]
    [InlineData("", null, "")]
    public void Map_seed_rules_give_the_hand_checked_domains(string parts, string? topic, string expected)
    {
        var domains = SeedMapper.Value.Map(parts, topic);

        Assert.Equal(expected, string.Join(' ', domains));
    }

    [Fact]
    public void TopicTokens_topic_code_splits_on_separators_in_upper_case()
    {
        var tokens = DomainMapper.TopicTokens("SC5-12a-2016 BBI.VC1_x");

        Assert.Equal(["SC5", "12A", "2016", "BBI", "VC1", "X"], tokens);
    }
}
