namespace GoSmart.Graph.Core.Model;

/// <summary>What an innovation actor is: the quadruple helix of S3 (company, research, authority, intermediary).</summary>
public enum ActorKind
{
    Company,
    Research,
    Authority,
    Intermediary,
}
