using System.Diagnostics;
using GoSmart.Graph.Api.Hosting;
using GoSmart.Graph.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Neo4j;

/// <summary><c>paths</c> pushed down to Cypher (the Neo4j service's default) answers exactly as the embedded store does on the seed.</summary>
public sealed partial class Neo4jServiceParityTests
{
    private const string PathSelection =
        "hops countries borderCrossings weakestLink totalStrength actors { id } " +
        "steps { from { id } to { id } relation collaboration { weight firstYear lastYear declared sharedProjectCount evidence(first: 2) { id } } }";

    [Fact]
    public async Task Paths_pushed_down_give_the_embedded_answers_for_many_pairs_and_every_constraint()
    {
        var snapshot = await embedded.Factory.Services.GetRequiredService<GraphStoreHolder>().Store.GetSnapshotAsync(CancellationToken.None);
        var random = new Random(20261127);
        var connected = Enumerable.Range(0, snapshot.NodeCount).Where(i => snapshot.DegreeOf(i) > 0).ToArray();
        var hubs = connected.OrderByDescending(snapshot.DegreeOf).ThenBy(i => i).Take(3).Select(i => $"\"{snapshot.ActorIds[i]}\"").ToArray();
        string[] variants =
        [
            "",
            "k: 5, maxHops: 2",
            "k: 1, maxHops: 6",
            "k: 4, maxHops: 5, constraints: { crossBorder: true }",
            "k: 3, maxHops: 5, constraints: { minWeight: 2 }",
            "k: 3, maxHops: 4, constraints: { sinceYear: 2019 }",
            "k: 6, maxHops: 4, constraints: { via: [COLLABORATION, MEMBERSHIP] }",
            "k: 2, maxHops: 6, constraints: { via: [MEMBERSHIP] }",
            "k: 3, maxHops: 4, constraints: { intermediaryKinds: [RESEARCH, INTERMEDIARY] }",
            $"k: 3, maxHops: 4, constraints: {{ intermediaryDomain: \"{snapshot.DomainIds[random.Next(snapshot.DomainIds.Count)]}\" }}",
            $"k: 10, maxHops: 3, constraints: {{ avoid: [{string.Join(", ", hubs)}] }}",
            "k: 3, maxHops: 3, constraints: { via: [COLLABORATION, SHARED_DOMAIN] }",
        ];

        var (compared, found) = (0, 0);
        var clock = new Stopwatch();
        for (var i = 0; i < 60; i++)
        {
            var from = snapshot.ActorIds[connected[random.Next(connected.Length)]];
            var to = snapshot.ActorIds[connected[random.Next(connected.Length)]];
            if (from == to)
            {
                continue;
            }

            var query = $"{{ paths(from: \"{from}\", to: \"{to}\"{(variants[i % variants.Length].Length > 0 ? ", " : "")}{variants[i % variants.Length]}) {{ {PathSelection} }} }}";
            var expected = await embedded.Client.QueryAsync(query);
            clock.Start();
            var actual = await neo4j.Client.QueryAsync(query);
            clock.Stop();

            Assert.Null(expected["errors"]);
            Assert.True(expected.ToJsonString() == actual.ToJsonString(), $"{query}\nembedded: {expected.ToJsonString()}\nneo4j:    {actual.ToJsonString()}");
            compared++;
            found += expected["data"]!["paths"]!.AsArray().Count > 0 ? 1 : 0;
        }

        output.WriteLine($"{compared} path queries alike, {found} with paths; {clock.Elapsed.TotalMilliseconds / compared:0} ms each on Neo4j");
        Assert.True(found > compared / 2, $"only {found} of {compared} queries found a path: the comparison says little");
    }
}
