using GoSmart.Graph.Core.Model;

namespace GoSmart.Graph.Core.Storage.Embedded;

/// <summary>What deriving ties needs to read: the committed index, or the index with a batch staged over it.</summary>
internal interface IAdjacencyView
{
    int ActorCount { get; }

    int[] ProjectsOf(int actor);

    int[] ActorsOf(int project);

    string[] DomainsOf(int project);

    int StartYear(int project);

    int[] DeclaredPartnersOf(int actor);

    /// <summary>The years of each declared tie, index for index with <see cref="DeclaredPartnersOf"/>.</summary>
    DeclaredYears[] DeclaredYearsOf(int actor);
}
