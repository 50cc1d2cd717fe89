using GoSmart.Graph.Api.Hosting;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Neo4j;

public sealed partial class Neo4jServiceParityTests
{
    /// <summary><c>paths</c> pushed down to Cypher (the Neo4j service's default) answers exactly as the embedded store does on the seed.</summary>
    [Fact]
    public async Task Paths_pushed_down_give_the_embedded_answers_for_many_pairs_and_every_constraint()
    {
        var seed = await embedded.Factory.Services.GetRequiredService<GraphStoreHolder>().Store.GetSnapshotAsync(CancellationToken.None);

        await PathQueryParity.AssertSameAsync(embedded.Client, neo4j.Client, seed, output);
    }
}
