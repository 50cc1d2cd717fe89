namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>One step of opening the embedded store and how long it took, for the open log line and the benchmarks.</summary>
public sealed record OpenPhase(string Name, TimeSpan Elapsed)
{
    /// <summary>The index was read from its image in the store file, stamped with the file's version.</summary>
    public const string ImageRead = "index image read";

    /// <summary>There was no image of the file's version (none, stale or damaged): the tables were read.</summary>
    public const string ImageMissing = "no current index image";

    /// <summary>The index read from the tables was saved as the image for the next open.</summary>
    public const string ImageWritten = "index image written";

    public override string ToString() => $"{Name} {Elapsed.TotalMilliseconds:0} ms";
}
