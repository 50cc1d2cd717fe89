using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Import;

/// <summary>Maps the sources' organisation types onto the quadruple helix.</summary>
public static class ActorKinds
{
    /// <summary>CORDIS activity type: PRC company, HES/REC research, PUB authority, OTH (clusters, agencies, associations) intermediary.</summary>
    public static ActorKind? FromCordisActivityType(string? activityType) =>
        activityType?.Trim().ToUpperInvariant() switch
        {
            "PRC" => ActorKind.Company,
            "HES" or "REC" => ActorKind.Research,
            "PUB" => ActorKind.Authority,
            "OTH" => ActorKind.Intermediary,
            _ => null,
        };

    /// <summary>The free-text <c>type</c> of partners.csv, e.g. "regional development agency (OTH)".</summary>
    public static ActorKind? FromPartnerType(string? type)
    {
        var t = type?.ToUpperInvariant() ?? "";

        // Order matters: a "business development company" is an intermediary, not a company.
        return t.Contains("AUTHORITY", StringComparison.Ordinal) ? ActorKind.Authority
            : t.Contains("UNIVERSITY", StringComparison.Ordinal) || t.Contains("RESEARCH", StringComparison.Ordinal) ? ActorKind.Research
            : t.Contains("INTERMEDIARY", StringComparison.Ordinal) || t.Contains("AGENCY", StringComparison.Ordinal) || t.Contains("DEVELOPMENT", StringComparison.Ordinal) ? ActorKind.Intermediary
            : t.Contains("COMPANY", StringComparison.Ordinal) ? ActorKind.Company
            : null;
    }
}
