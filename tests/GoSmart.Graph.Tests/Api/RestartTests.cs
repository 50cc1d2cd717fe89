using GoSmart.Graph.Core.Model;
using GoSmart.Graph.Core.Storage;
using GoSmart.Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoSmart.Graph.Tests.Api;

public sealed class RestartTests : IDisposable
{
    private const string StatsQuery = "{ stats { version actors projects collaborationPairs } }";
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "gosmart-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Restart_keeps_every_change_and_does_not_seed_again()
    {
        var sme = new Actor("actor:gosmart-restart-test-sme", "Restart Test SME", ActorKind.Company, "PL", "region:PL84") { Sme = true, City = "Bialystok" };
        string before;
        using (var first = new GraphServiceFactory(_dataDirectory))
        {
            var client = new GraphQLClient(first.CreateClient());
            await client.DataAsync(StatsQuery);
            await first.Services.GetRequiredService<IGraphStore>().ApplyAsync(
                new GraphBatch { Actors = [sme], Participations = [new Participation(sme.Id, "project:rcn-210603", "participant")] },
                CancellationToken.None);
            before = (await client.DataAsync(StatsQuery))["stats"]!.ToJsonString();
        }

        using var second = new GraphServiceFactory(_dataDirectory);
        var restarted = new GraphQLClient(second.CreateClient());
        var after = (await restarted.DataAsync(StatsQuery))["stats"]!.ToJsonString();
        var actor = (await restarted.DataAsync("""{ actor(id: "actor:gosmart-restart-test-sme") { name sme projectCount } }"""))["actor"]!;

        Assert.Equal(before, after);
        Assert.Equal("Restart Test SME", actor["name"]!.GetValue<string>());
        Assert.Equal(1, actor["projectCount"]!.GetValue<int>());
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
