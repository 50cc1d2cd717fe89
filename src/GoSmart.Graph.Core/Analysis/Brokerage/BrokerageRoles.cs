namespace GoSmart.Graph.Core.Analysis.Brokerage;

/// <summary>
/// Gould–Fernandez roles of one broker b on two-paths a→b→c with no arc a→c, by group:
/// coordinator A→A→A, itinerant A→B→A, representative A→A→B, gatekeeper A→B→B, liaison A→B→C.
/// </summary>
public sealed record BrokerageRoles(
    RoleScore Coordinator,
    RoleScore Itinerant,
    RoleScore Representative,
    RoleScore Gatekeeper,
    RoleScore Liaison,
    RoleScore Total);
