namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>One actor's brokerage: Gould–Fernandez roles for a grouping, Burt's measures (null when isolated) and betweenness.</summary>
public sealed record BrokerageProfile(
    string ActorId,
    BrokerageGrouping GroupBy,
    string Group,
    BrokerageRoles Roles,
    double? Constraint,
    double? EffectiveSize,
    double? Efficiency,
    double Betweenness);
