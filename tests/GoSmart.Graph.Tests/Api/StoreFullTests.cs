using System.Text.Json.Nodes;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Core.Storage.Embedded;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GoSmart.Graph.Tests.Api;

/// <summary>A write on a full disk answers STORE_FULL with what to do and the request id, logs one line without a stack, and stores nothing; reads go on.</summary>
public sealed class StoreFullTests
{
    [Fact]
    public async Task Write_on_a_full_disk_answers_store_full_and_reads_go_on()
    {
        using var directory = new TempDirectory();
        using var logs = new CapturingLoggerProvider();
        await using var store = await EmbeddedGraphStoreDiskFullTests.FullStoreAsync(directory.Path);
        using var factory = new GraphServiceFactory(seed: false, configureServices: services =>
        {
            services.AddSingleton<IGraphStore>(store);
            services.AddSingleton<ILoggerProvider>(logs);
        });
        var admin = new GraphQLClient(factory.CreateClient()).WithApiKey(TestCredentials.AdminKey);
        var version = await store.GetVersionAsync(CancellationToken.None);
        var input = new
        {
            id = "actor:big",
            name = "Large Name Institute",
            kind = "RESEARCH",
            country = "PL",
            regionId = "region:PL84",
            alternativeNames = EmbeddedGraphStoreDiskFullTests.BigActor("actor:big").Actors[0].AlternativeNames,
        };

        var answer = await admin.PostAsync("mutation($input: ActorInput!) { upsertActor(input: $input) { changed } }", new { input });
        var read = await admin.DataAsync("""{ stats { actors } actor(id: "actor:a") { name } big: actor(id: "actor:big") { name } }""");

        var requestId = Assert.Single(answer.Headers.GetValues("X-Request-Id"));
        var error = Assert.Single(JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["errors"]!.AsArray())!;
        Assert.Equal("STORE_FULL", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("free disk space", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(requestId, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(directory.Path, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(version, await store.GetVersionAsync(CancellationToken.None));
        Assert.Equal(6, read["stats"]!["actors"]!.GetValue<int>());
        Assert.Equal("Białystok University of Technology", read["actor"]!["name"]!.GetValue<string>());
        Assert.Null(read["big"]);
        var line = Assert.Single(logs.Lines, l => l.Contains("STORE_FULL", StringComparison.Ordinal) && !l.Contains("GraphQL ", StringComparison.Ordinal));
        Assert.StartsWith("Error ", line, StringComparison.Ordinal);
        Assert.Contains(directory.Path, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Unhandled error", StringComparison.Ordinal));
    }
}
