namespace GoSmart.Graph.Core.Model;

/// <summary>MEMBER_OF: an actor's membership in a cluster or network actor, declared.</summary>
public sealed record Membership(string MemberId, string ClusterId);
