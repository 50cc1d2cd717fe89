namespace GoSmart.Graph.Core.Synthetic;

/// <summary>A collaboration between actors <see cref="A"/> &lt; <see cref="B"/> (indexes); weight = shared projects.</summary>
public readonly record struct SyntheticTie(int A, int B, int Weight, int FirstYear, int LastYear);
