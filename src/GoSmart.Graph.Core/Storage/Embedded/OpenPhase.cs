namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>One step of opening the embedded store and how long it took, for the open log line and the benchmarks.</summary>
public sealed record OpenPhase(string Name, TimeSpan Elapsed)
{
    public override string ToString() => $"{Name} {Elapsed.TotalMilliseconds:0} ms";
}
