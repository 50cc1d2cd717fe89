using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>Receives the allowed steps out of an actor; implemented by structs so the search loops inline it.</summary>
internal interface IStepVisitor
{
    /// <param name="cross">1 when the step crosses a border and the search tracks crossings, else 0.</param>
    void Visit(int node, int cross, int strength, RelationKind relation);
}
