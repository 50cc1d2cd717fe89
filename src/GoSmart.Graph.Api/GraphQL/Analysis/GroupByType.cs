using GoSmart.Graph.Core.Analysis;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Analysis;

public sealed class GroupByType : EnumerationGraphType<GroupBy>
{
    public GroupByType()
    {
        Name = "GroupBy";
        Description = "How to put actors into groups.";
        Values["COUNTRY"]!.Description = "By country (ISO 3166-1 alpha-2).";
        Values["REGION"]!.Description = "By the region the actor is located in (its own region id: `region:PL84`, or `region:DE` for an actor known only by its country).";
        Values["KIND"]!.Description = "By actor kind.";
        Values["S3_DOMAIN"]!.Description = "By the S3 domains the actor is active in: an actor may be in several groups, or in none.";
    }

    /// <summary>Constant case splits only at lower-to-upper changes, which would give S3DOMAIN.</summary>
    protected override string ChangeEnumCase(string val) => val == nameof(GroupBy.S3Domain) ? "S3_DOMAIN" : base.ChangeEnumCase(val);
}
