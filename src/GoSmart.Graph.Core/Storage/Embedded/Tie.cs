namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>One end of a COLLABORATES_WITH tie in the adjacency index; a struct so a million actors' ties cost no objects.</summary>
/// <param name="FirstYear">0 when unknown.</param>
/// <param name="LastYear">0 when unknown.</param>
internal readonly record struct Tie(int Other, int Weight, int FirstYear, int LastYear, bool Declared);
