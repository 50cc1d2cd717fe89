using System.Runtime.CompilerServices;
using GoSmart.Graph.Core.Storage;

namespace GoSmart.Graph.Core.Analysis.Paths;

/// <summary>
/// What path searches need beyond the snapshot, built once per snapshot: countries and kinds as small
/// integers in flat arrays, and each S3 domain's actors (the reverse of ACTIVE_IN) in CSR form.
/// </summary>
internal sealed class PathIndex
{
    private static readonly ConditionalWeakTable<GraphSnapshot, PathIndex> Cache = new();

    private PathIndex(GraphSnapshot snapshot)
    {
        var n = snapshot.NodeCount;
        Country = new int[n];
        Kind = new byte[n];
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var code = snapshot.Countries[i];
            if (!countries.TryGetValue(code, out var c))
            {
                c = countries.Count;
                countries.Add(code, c);
            }

            Country[i] = c;
            Kind[i] = (byte)snapshot.Kinds[i];
        }

        CountryCount = Math.Max(1, countries.Count);
        var domains = snapshot.DomainIds.Count;
        DomainActorOffsets = new int[domains + 1];
        foreach (var d in snapshot.ActorDomains)
        {
            DomainActorOffsets[d + 1]++;
        }

        for (var d = 0; d < domains; d++)
        {
            DomainActorOffsets[d + 1] += DomainActorOffsets[d];
        }

        DomainActors = new int[snapshot.ActorDomains.Length];
        var fill = (int[])DomainActorOffsets.Clone();
        for (var i = 0; i < n; i++)
        {
            foreach (var d in snapshot.DomainsOf(i))
            {
                DomainActors[fill[d]++] = i;
            }
        }
    }

    public int[] Country { get; }

    public byte[] Kind { get; }

    public int CountryCount { get; }

    public int[] DomainActorOffsets { get; }

    /// <summary>Each domain's actors, ascending.</summary>
    public int[] DomainActors { get; }

    public static PathIndex For(GraphSnapshot snapshot) => Cache.GetValue(snapshot, s => new PathIndex(s));
}
