using GoSmart.Graph.Api.GraphQL.Actors;
using GoSmart.Graph.Api.GraphQL.Analysis;
using GoSmart.Graph.Core.Analysis.Brokerage;
using GraphQL.Types;

namespace GoSmart.Graph.Api.GraphQL.Brokerage;

public sealed class BrokerageProfileType : ObjectGraphType<BrokerageProfile>
{
    public BrokerageProfileType()
    {
        Name = "BrokerageProfile";
        Description = "How an actor brokers between others: Gould–Fernandez roles for a grouping, Burt's structural holes, betweenness. Computed for the whole graph once per graph version.";
        Field<NonNullGraphType<ActorType>>("actor").Description("The actor profiled.").Resolve(c => c.Loaders().Actors.Load(c.Source.ActorId));
        Field<NonNullGraphType<GroupByType>>("groupBy").Description("The grouping of the roles.").Resolve(c => BrokerageQueries.Name(c.Source.GroupBy));
        Field<NonNullGraphType<StringGraphType>>("group").Description("The actor's group: a country code, a region id, a kind, a domain id, or `(no domain)` for actors active in no S3 domain.").Resolve(c => c.Source.Group);
        Role("coordinator", "A→A→A: brokers between two members of its own group.", r => r.Coordinator);
        Role("itinerant", "A→B→A: brokers between two members of one other group.", r => r.Itinerant);
        Role("representative", "A→A→B: passes from its own group to another.", r => r.Representative);
        Role("gatekeeper", "A→B→B: lets another group into its own.", r => r.Gatekeeper);
        Role("liaison", "A→B→C: brokers between two other, different groups.", r => r.Liaison);
        Role("total", "All five roles.", r => r.Total);
        Field<FloatGraphType>("constraint").Description("Burt's constraint (0..1+, lower = more structural holes), ties weighted by shared projects; null for an isolated actor.").Resolve(c => c.Source.Constraint);
        Field<FloatGraphType>("effectiveSize").Description("Burt's effective size: partners minus their redundancy, ties weighted by shared projects; null for an isolated actor.").Resolve(c => c.Source.EffectiveSize);
        Field<FloatGraphType>("efficiency").Description("Effective size / number of partners; null for an isolated actor.").Resolve(c => c.Source.Efficiency);
        Field<NonNullGraphType<FloatGraphType>>("betweenness").Description("Brandes betweenness, normalised (0..1): the share of shortest collaboration paths between other actors that pass through it. Exact unless the service samples pivots (see the README).").Resolve(c => c.Source.Betweenness);
    }

    private void Role(string name, string description, Func<BrokerageRoles, RoleScore> pick) =>
        Field<NonNullGraphType<BrokerageRoleType>>(name).Description(description).Resolve(c => pick(c.Source.Roles));
}
