using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>
/// One step of a path between snapshot nodes <see cref="From"/> and <see cref="To"/>, by the strongest relation allowed:
/// <see cref="TieIndex"/> is the tie's position in the snapshot's tie arrays for a collaboration, else -1.
/// </summary>
public readonly record struct PathStep(int From, int To, RelationKind Relation, int TieIndex);
