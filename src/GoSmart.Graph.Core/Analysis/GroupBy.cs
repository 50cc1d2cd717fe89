namespace GoSmart.Graph.Core.Analysis;

/// <summary>How analytics put actors into groups.</summary>
public enum GroupBy
{
    /// <summary>By the actor's country (ISO alpha-2).</summary>
    Country,

    /// <summary>By the region the actor is LOCATED_IN (its own region id, not the enclosing ones).</summary>
    Region,

    /// <summary>By the actor's kind.</summary>
    Kind,

    /// <summary>By the S3 domains the actor is ACTIVE_IN: an actor may be in several groups, or none.</summary>
    S3Domain,
}
