using GoSmart.Graph.Tests.Support;

namespace GoSmart.Graph.Bench;

/// <summary>
/// The store parity check of the live tests (<see cref="LiveNeo4j"/>) as a command, for a quick look without the
/// test runner: prints each batch and what differs. Exit code 0 when all agree, 1 on a difference, 2 without settings.
/// Usage: NEO4J_URI=http://localhost:7474 NEO4J_DATABASE=scratch [NEO4J_USER=neo4j NEO4J_PASSWORD=…]
///   dotnet run -c Release --project bench/GoSmart.Graph.Bench -- neo4j-live
/// The database named is emptied first: give a scratch one.
/// </summary>
public static class Neo4jLiveCheck
{
    public static async Task<int> RunAsync()
    {
        if (LiveNeo4j.FromEnvironment() is not { } options)
        {
            await Console.Error.WriteLineAsync(LiveNeo4j.Missing).ConfigureAwait(false);
            return 2;
        }

        var (reads, differences) = await LiveNeo4j.CompareStoresAsync(options, Console.WriteLine).ConfigureAwait(false);
        foreach (var difference in differences)
        {
            Console.WriteLine("DIFFERS " + difference);
        }

        Console.WriteLine(differences.Count == 0
            ? $"neo4j-live: {reads} reads compared against {options.Uri} ({options.Database}), all the same as the embedded store's"
            : $"neo4j-live: {differences.Count} of {reads} reads differ");
        return differences.Count == 0 ? 0 : 1;
    }
}
