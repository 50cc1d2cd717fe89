using GoSmart.Graph.Core.Analysis.Brokerage;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Brokerage;

public sealed class BrokerageRoleType : ObjectGraphType<RoleScore>
{
    public BrokerageRoleType()
    {
        Name = "BrokerageRole";
        Description = "How often an actor plays a Gould–Fernandez role, against the null model of statnet's sna::brokerage.";
        Field<NonNullGraphType<IntGraphType>>("count").Description("Open two-paths a–actor–c (no a–c tie) of this pattern, each ordered pair counted once (so an undirected pair counts twice for symmetric roles).")
            .Resolve(c => (int)Math.Min(int.MaxValue, c.Source.Count));
        Field<NonNullGraphType<FloatGraphType>>("expected").Description("The expected count in a random graph of the same size, density and group sizes.").Resolve(c => c.Source.Expected);
        Field<FloatGraphType>("z").Description("(count − expected) / standard deviation under the null model; null when the variance is 0 (e.g. coordinating in a group of one).").Resolve(c => c.Source.Z);
    }
}
