namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>One actor's brokerage: Gould–Fernandez roles for a grouping and Burt's measures (null when isolated); betweenness is read apart, see <see cref="BrokerageAnalyzer.BetweennessAsync"/>.</summary>
public sealed record BrokerageProfile(
    string ActorId,
    BrokerageGrouping GroupBy,
    string Group,
    BrokerageRoles Roles,
    double? Constraint,
    double? EffectiveSize,
    double? Efficiency);
