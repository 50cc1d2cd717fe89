namespace GoSmart.Graph.Core.Model;

/// <summary>The kinds of tie between two actors that traversals may travel.</summary>
public enum RelationKind
{
    /// <summary>COLLABORATES_WITH: shared projects or a broker's declaration.</summary>
    Collaboration,

    /// <summary>MEMBER_OF: cluster membership, declared.</summary>
    Membership,

    /// <summary>Both actors are ACTIVE_IN the same S3 domain: a weaker tie.</summary>
    SharedDomain,
}
