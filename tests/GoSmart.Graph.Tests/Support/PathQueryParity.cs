using System.Diagnostics;
using GoSmart.Graph.Core.Storage;
using Xunit.Abstractions;

namespace GoSmart.Graph.Tests.Support;

/// <summary>
/// <c>paths</c> between 60 seeded-random pairs of the seed, under every kind of constraint in turn (k up to 10, maxHops 2
/// to 6, crossBorder, minWeight, sinceYear, MEMBERSHIP, intermediary kinds and domain, avoid, SHARED_DOMAIN), asked of
/// two services that must answer byte for byte alike; and the same errors for unknown actors and domains.
/// </summary>
public static class PathQueryParity
{
    private const string Selection =
        "hops countries borderCrossings weakestLink totalStrength actors { id } " +
        "steps { from { id } to { id } relation collaboration { weight firstYear lastYear declared sharedProjectCount evidence(first: 2) { id } } }";

    public static async Task AssertSameAsync(GraphQLClient expectedService, GraphQLClient actualService, GraphSnapshot seed, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(expectedService);
        ArgumentNullException.ThrowIfNull(actualService);
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(output);
        var random = new Random(20261127);
        var connected = Enumerable.Range(0, seed.NodeCount).Where(i => seed.DegreeOf(i) > 0).ToArray();
        var hubs = connected.OrderByDescending(seed.DegreeOf).ThenBy(i => i).Take(3).Select(i => $"\"{seed.ActorIds[i]}\"").ToArray();
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
            $"k: 3, maxHops: 4, constraints: {{ intermediaryDomain: \"{seed.DomainIds[random.Next(seed.DomainIds.Count)]}\" }}",
            $"k: 10, maxHops: 3, constraints: {{ avoid: [{string.Join(", ", hubs)}] }}",
            "k: 3, maxHops: 3, constraints: { via: [COLLABORATION, SHARED_DOMAIN] }",
        ];

        var (compared, found) = (0, 0);
        var clock = new Stopwatch();
        for (var i = 0; i < 60; i++)
        {
            var from = seed.ActorIds[connected[random.Next(connected.Length)]];
            var to = seed.ActorIds[connected[random.Next(connected.Length)]];
            if (from == to)
            {
                continue;
            }

            var variant = variants[i % variants.Length];
            var query = $"{{ paths(from: \"{from}\", to: \"{to}\"{(variant.Length > 0 ? ", " : "")}{variant}) {{ {Selection} }} }}";
            var expected = await expectedService.QueryAsync(query);
            clock.Start();
            var actual = await actualService.QueryAsync(query);
            clock.Stop();

            Assert.Null(expected["errors"]);
            Assert.True(expected.ToJsonString() == actual.ToJsonString(), $"{query}\nexpected: {expected.ToJsonString()}\nactual:   {actual.ToJsonString()}");
            compared++;
            found += expected["data"]!["paths"]!.AsArray().Count > 0 ? 1 : 0;
        }

        var someone = seed.ActorIds[connected[0]];
        string[] wrong =
        [
            $"{{ paths(from: \"actor:pic-0\", to: \"{someone}\") {{ hops }} }}",
            $"{{ paths(from: \"{someone}\", to: \"actor:pic-0\") {{ hops }} }}",
            $"{{ paths(from: \"{someone}\", to: \"{seed.ActorIds[connected[1]]}\", constraints: {{ avoid: [\"actor:pic-1\"] }}) {{ hops }} }}",
            $"{{ paths(from: \"{someone}\", to: \"{seed.ActorIds[connected[1]]}\", constraints: {{ intermediaryDomain: \"domain:none\" }}) {{ hops }} }}",
            $"{{ paths(from: \"{someone}\", to: \"{someone}\") {{ hops }} }}",
        ];
        foreach (var query in wrong)
        {
            var expected = await expectedService.QueryAsync(query);

            var actual = await actualService.QueryAsync(query);

            Assert.NotNull(expected["errors"]);
            Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
        }

        output.WriteLine($"{compared} path queries alike, {found} with paths; {clock.Elapsed.TotalMilliseconds / compared:0} ms each on the second service");
        Assert.True(found > compared / 2, $"only {found} of {compared} queries found a path: the comparison says little");
    }
}
