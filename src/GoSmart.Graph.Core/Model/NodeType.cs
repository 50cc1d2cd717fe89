namespace GoSmart.Graph.Core.Model;

/// <summary>The node labels of the graph.</summary>
public enum NodeType
{
    Actor,
    Region,
    S3Domain,
    Project,
}
