namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>A path found by one search: its nodes from the start to the target and the strength of each step.</summary>
internal sealed record SpurPath(int[] Nodes, int[] Strengths);
