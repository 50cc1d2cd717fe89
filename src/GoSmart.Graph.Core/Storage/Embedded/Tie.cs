namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>
/// One end of a COLLABORATES_WITH tie in the adjacency index: a 16-byte struct, so ten million ties
/// cost two arrays' worth of memory per actor and no object per edge. Years fit in 16 bits.
/// </summary>
/// <param name="FirstYear">0 when unknown.</param>
/// <param name="LastYear">0 when unknown.</param>
internal readonly record struct Tie(int Other, int Weight, ushort FirstYear, ushort LastYear, bool Declared);
